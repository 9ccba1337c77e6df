# itertools: lazy iterators, their reprs and types, CPython's argument errors.
import asyncio
import itertools
from itertools import chain, count, groupby, islice, repeat


def show(f, *args, **kwargs):
    try:
        print(list(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


def short(x):
    return repr(x).split(" at ")[0]


async def main():
    c = count(5)
    print(repr(c), next(c), next(c), repr(c))
    print(list(islice(count(), 4)), list(islice(count(10, 5), 3)), list(islice(count(0.5, 0.25), 3)))
    print(repr(count(0, 1.0)), repr(count(2.5)), repr(count(1, -1)), repr(count(True)))
    half = 1.0
    print(repr(itertools.count(half)), list(islice(count(0, 1.0), 3)), repr(repeat(2.0, 2)), list(repeat(half, 2)))
    c2 = count(start=3, step=2)
    next(c2)
    print(repr(c2))
    show(count, "a")
    r = repeat("x", 3)
    print(repr(r), next(r), repr(r), list(r), repr(r))
    print(repr(repeat(1)), repr(repeat(1, -2)), list(islice(repeat(7), 3)), list(repeat(None, times=2)))
    show(repeat)
    print(list(islice(itertools.cycle("abc"), 7)), list(itertools.cycle([])))

    print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 3)), list(islice(range(10), 2, None)))
    print(list(islice("abcdefg", None, None, 2)), list(islice([], 5)))
    it = iter(range(10))
    print(list(islice(it, 0, 5, 2)), next(it))
    it = iter(range(10))
    print(list(islice(it, 0, 6, 2)), next(it))
    it = iter(range(10))
    print(list(islice(it, 3)), list(it))
    for args in [(-1,), ("x",), (1, 2, 0), (-1, 2), (1, 2, 3, 4)]:
        show(islice, range(10), *args)
    show(islice, 5, 2)

    print(list(chain([1, 2], "ab", (3,))), list(chain()), list(chain.from_iterable(["ab", [1]])))
    ch = chain([1], 2)
    print(next(ch))
    try:
        next(ch)
    except TypeError as e:
        print("TypeError", e)
    print(list(itertools.product("ab", [1, 2])), list(itertools.product([0, 1], repeat=2)))
    print(list(itertools.product()), list(itertools.product([], [1])))
    show(itertools.product, [1], repeat=-1)
    print(list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abcd", 2)))
    print(list(itertools.permutations([1], 2)), list(itertools.permutations([], 0)))
    show(itertools.permutations, [1], -1)
    print(list(itertools.combinations(range(5), 3)), list(itertools.combinations("ab", 3)))
    print(list(itertools.combinations([], 0)))
    show(itertools.combinations, [1])
    show(itertools.combinations, [1], -1)
    print(list(itertools.combinations_with_replacement("abc", 2)))
    print(list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement([], 0)))

    for k, g in groupby("aaabccaa"):
        print(k, list(g))
    print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
    groups = list(groupby("aabbc"))
    print([(k, list(g)) for k, g in groups])
    gb = groupby([1, 1, 2])
    k1, g1 = next(gb)
    print(k1, next(g1))
    k2, g2 = next(gb)
    print(k2, list(g1), list(g2))
    print(list(groupby([])))

    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda x, y: x * y)))
    print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([], initial=0)))
    print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate(["a", "b", "c"])))
    print(list(itertools.accumulate([1.5, 2.5])))
    print(list(itertools.zip_longest("abc", [1])), list(itertools.zip_longest([1, 2], [], fillvalue="-")))
    print(list(itertools.zip_longest()))
    show(itertools.zip_longest, [1], 2)
    print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
    print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.starmap(lambda a, b: a + b, ["ab", "cd"])))
    print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])))
    print(list(itertools.filterfalse(lambda x: x % 2, range(6))), list(itertools.filterfalse(None, [0, 1, "", "a"])))
    print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))

    a, b = itertools.tee(iter([1, 2, 3]))
    print(next(a), next(a), list(b), list(a))
    t = itertools.tee(range(3), 3)
    print(len(t), [list(x) for x in t], itertools.tee([1], 0))
    show(itertools.tee, [1], -1)

    for obj in [chain(), itertools.product(), islice([], 1), groupby([]), itertools.tee([])[0],
                itertools.accumulate([]), itertools.zip_longest(), itertools.cycle([])]:
        print(short(obj), type(obj).__name__, type(obj))
    print(isinstance(count(), count), isinstance(chain(), itertools.chain), isinstance(chain(), count))
    print(itertools.chain, itertools.count, type(count()) is count)
    for bad in [lambda: len(chain()), lambda: chain()[0], lambda: count() + 1]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)

    total = 0
    for i in count(1):
        if i > 4:
            break
        total += i
    print(total, sum(islice(count(), 5)), sorted(chain([3, 1], [2])), dict(zip("ab", count())))
    print(next(iter(count(9))), list(enumerate(islice(count(), 2))))

    def squares():
        i = 0
        while True:
            yield i * i
            i += 1

    print(list(islice(squares(), 5)), list(itertools.takewhile(lambda v: v < 30, squares())))
    print(dict((k, sum(1 for _ in grp)) for k, grp in groupby(sorted("mississippi"))))
    print([x for x in chain(range(2), (y * 2 for y in range(3)))])
    a, b = itertools.tee(squares())
    print(next(a), next(a), next(b))
    for i, (x, y) in enumerate(itertools.product(range(2), "ab")):
        print(i, x, y)

    async def produce():
        await asyncio.sleep(0.1)
        return [1, 2]

    results = await asyncio.gather(produce(), produce())
    print(list(chain.from_iterable(results)))


asyncio.run(main())
