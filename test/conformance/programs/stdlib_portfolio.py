"""An LRU with OrderedDict, total_ordering over a dataclass, namedtuple trades through a queue,
partial coroutines, reduce, Counter, cache and a bounded deque."""
import asyncio
from collections import OrderedDict, Counter, deque, namedtuple
from dataclasses import dataclass, field
from functools import partial, reduce, total_ordering, cache

Trade = namedtuple("Trade", "symbol qty price")


class LRU:
    def __init__(self, capacity=2):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            oldest = self.data.popitem(last=False)
            print("evicted", oldest)


@total_ordering
@dataclass(eq=False)
class Task:
    priority: int
    name: str = field(compare=False)
    done: bool = False

    def __eq__(self, other):
        return self.priority == other.priority

    def __lt__(self, other):
        return self.priority < other.priority


@dataclass
class Portfolio:
    trades: list = field(default_factory=list)

    def value(self):
        return reduce(lambda acc, t: acc + t.qty * t.price, self.trades, 0)

    def by_symbol(self):
        c = Counter()
        for t in self.trades:
            c[t.symbol] += t.qty
        return c


@cache
def fee(qty):
    return max(1, qty // 10)


async def execute(trade, queue, *, delay):
    await asyncio.sleep(delay)
    await queue.put(trade._replace(price=round(trade.price * 1.01, 2)))


async def main():
    cache = LRU()
    for k in "abcab":
        if cache.get(k) is None:
            cache.put(k, k.upper())
    print(list(cache.data.items()))

    tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
    print(sorted(tasks), max(tasks).name, Task(1, "x") <= Task(2, "y"), Task(2, "p") >= Task(2, "q"))

    q = asyncio.Queue()
    trades = [Trade("AAPL", 10, 150.0), Trade("MSFT", 5, 300.5), Trade("AAPL", 20, 149.0)]
    runners = [partial(execute, t, q, delay=0.1 * (i + 1)) for i, t in enumerate(trades)]
    await asyncio.gather(*(r() for r in runners))
    pf = Portfolio()
    while not q.empty():
        pf.trades.append(await q.get())
    print(pf)
    print(pf.value(), pf.by_symbol(), [fee(t.qty) for t in pf.trades], fee.cache_info())
    window = deque(maxlen=2)
    for t in pf.trades:
        window.append(t.price)
        print(list(window), sum(window) / len(window))


asyncio.run(main())
