import asyncio
import random
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)


@dataclass
class Order:
    order_id: int
    amount: float
    items: list[str] = field(default_factory=list)
    status: str = "pending"

    @property
    def total_with_tax(self) -> float:
        return self.amount * 1.2

    def describe(self) -> str:
        return f"Order #{self.order_id}: ${self.amount:.2f} ({len(self.items)} items, {self.status})"


@dataclass
class Stats:
    processed: int = 0
    revenue: float = 0.0
    log: list = field(default_factory=list)


async def producer(queue: asyncio.PriorityQueue, orders: list[Order]):
    for order in orders:
        await queue.put(PrioritizedItem(priority=-int(order.amount), item=order))
        await asyncio.sleep(0.1)


async def consumer(name: str, queue: asyncio.PriorityQueue, stats: Stats):
    while True:
        entry = await queue.get()
        order = entry.item
        await asyncio.sleep(0.3)
        order.status = "done"
        stats.processed += 1
        stats.revenue += order.amount
        stats.log.append((name, order.order_id))
        print(f"{name} processed {order.describe()} tax={order.total_with_tax:.2f}")
        queue.task_done()


async def main():
    random.seed(1)
    orders = [Order(i, round(random.uniform(10, 100), 2), ["x"] * i) for i in range(1, 5)]
    orders.append(Order(9, 50.0))
    print(orders[0])
    print(orders[-1], orders[-1].amount, orders[-1].amount + 1, orders[-1].amount > 49.5)
    queue = asyncio.PriorityQueue()
    stats = Stats()
    workers = [asyncio.create_task(consumer(f"w{i}", queue, stats)) for i in range(2)]
    await producer(queue, orders)
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(stats)
    print(f"{stats.processed} orders, revenue {stats.revenue:.2f}")
    print(sorted([PrioritizedItem(2, "b"), PrioritizedItem(1, "z"), PrioritizedItem(2, "a")]))
    print(PrioritizedItem(1, "a") == PrioritizedItem(1, "b"))


asyncio.run(main())
