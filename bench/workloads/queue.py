# Workload: 10,000 tasks ping-ponging through asyncio.Queue: 5,000 pairs, each pair bounces a
# counter 10 times through two queues (100,000 put/get hops in all).
import asyncio

print("start")  # the harness times the run from this first line of output

PAIRS = 5_000
ROUNDS = 10


async def pinger(ping, pong):
    total = 0
    for i in range(ROUNDS):
        await ping.put(i)
        total += await pong.get()
    return total


async def ponger(ping, pong):
    for _ in range(ROUNDS):
        value = await ping.get()
        await pong.put(value + 1)
    return 0


async def main():
    tasks = []
    for _ in range(PAIRS):
        ping = asyncio.Queue()
        pong = asyncio.Queue()
        tasks.append(asyncio.create_task(pinger(ping, pong)))
        tasks.append(asyncio.create_task(ponger(ping, pong)))
    results = await asyncio.gather(*tasks)
    print("queue", len(results), sum(results))


asyncio.run(main())
