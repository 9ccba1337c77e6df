"""collections: deque, defaultdict, Counter, namedtuple, OrderedDict."""
import asyncio
import collections
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(d), [x * 2 for x in d])
bounded = deque(maxlen=3)
for i in range(5):
    bounded.append(i)
print(bounded, bounded.maxlen, deque(), deque("ab"), deque(range(3), 2))
bounded.appendleft(9)
print(bounded, sum(bounded), sorted(bounded), max(bounded))
print(d.count(5), d.index(5), bool(deque()), bool(d), d == deque(list(d)), list(reversed(d)))
d.remove(5)
d.clear()
print(d)
try:
    d.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
history = deque(maxlen=2)
history.extend("abc")
print(history, type(history).__name__, isinstance(history, deque))

# defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], groups["z"], len(groups), "q" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts.default_factory)
nested = collections.defaultdict(lambda: "n/a", {"x": "given"})
print(nested["x"], nested["y"], sorted(nested.items()))
sets = defaultdict(set)
sets["k"].add(1)
print(sets, isinstance(sets, dict))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(plain, groups.get("nope"), "nope" in groups)

# Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["a"], c["zzz"], len(c))
c.update("aaz")
c.update({"b": 5})
print(c, c.total())
words = Counter(["red", "blue", "red", "green", "blue", "red"])
print(words.most_common(), sorted(words.elements()))
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=1), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(), Counter({"x": 2, "y": 2, "z": 3}), Counter(cats=4, dogs=8))
inventory = Counter()
for item in ["x", "y", "x"]:
    inventory[item] += 1
print(inventory, dict(inventory), list(inventory), inventory == Counter(x=2, y=1))
sub = Counter(a=4, b=2)
sub.subtract(Counter(a=1, b=3))
print(sub, Counter("aab") | Counter("bbc"), Counter("aab") & Counter("bbc"))

# namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), tuple(p))
x, y = p
print(x + y, p._asdict(), p._replace(y=5), Point._fields, Point._make([7, 8]))
Card = collections.namedtuple("Card", "rank suit")
cards = [Card("Q", "hearts"), Card("2", "spades")]
print(cards, sorted(cards), cards[0].suit, Card(suit="s", rank="A"))
Env = namedtuple("Env", "name, port, debug", defaults=[8080, False])
print(Env("dev"), Env("prod", 443, True), Env._field_defaults)
print(type(p).__name__, isinstance(p, tuple), p.count(1), p.index(2), {p: "origin"}[Point(1, 2)])
for field, value in zip(p._fields, p):
    print(field, value)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 10
except AttributeError as e:
    print(type(e).__name__, e)

# OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od.keys()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict([("x", 1)]), OrderedDict(), OrderedDict(a=1) == {"a": 1})


async def worker(name, queue, seen):
    while queue:
        job = queue.popleft()
        await asyncio.sleep(job)
        seen[name] += 1


async def main():
    queue = deque([0.1, 0.2, 0.1, 0.3])
    seen = Counter()
    await asyncio.gather(worker("a", queue, seen), worker("b", queue, seen))
    print(seen, queue)


asyncio.run(main())
d = deque([1, 2], maxlen=3)
d += [3, 4]
print(d, d + deque([7]), deque("ab") * 2, d * 0)
try:
    d + [1]
except TypeError as e:
    print(e)
