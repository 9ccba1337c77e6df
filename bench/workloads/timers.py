# Workload: 10,000 tasks, each sleeping twice for random delays (up to 10 s of virtual time), so
# that 20,000 timers go through the loop's timer heap in deadline order.
import asyncio
import random

print("start")  # the harness times the run from this first line of output

N = 10_000


async def sleeper(first, second):
    await asyncio.sleep(first)
    await asyncio.sleep(second)
    return 1


async def main():
    random.seed(7)
    delays = [(random.uniform(0, 5), random.uniform(0, 5)) for _ in range(N)]
    start = asyncio.get_running_loop().time()
    results = await asyncio.gather(*(sleeper(a, b) for a, b in delays))
    elapsed = asyncio.get_running_loop().time() - start
    print("timers", sum(results), elapsed > 5)


asyncio.run(main())
