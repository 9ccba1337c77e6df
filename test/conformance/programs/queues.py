# Queue with maxsize between a producer and a consumer (seeded random delays), LifoQueue,
# PriorityQueue, QueueEmpty.
import asyncio
import random


async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(random.uniform(0.01, 0.1))
        await q.put(i)
        print(f"produced {i} size={q.qsize()}")
    await q.put(None)


async def consumer(q, name):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.05)
        total += item
        print(f"{name} consumed {item}")
        q.task_done()
    return total


async def main():
    q = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(producer(q, 6), consumer(q, "c1"))
    print(results)
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
        pq.put_nowait((x, f"p{x}"))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")


asyncio.run(main())
