# Workload: gather of 100,000 coroutines, each awaiting sleep(0) twice (the same program as
# bench/loop.py, without its timing). Prints a checksum so that runs can be compared.
import asyncio

print("start")  # the harness times the run from this first line of output

N = 100_000


async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(N)))
    print("gather", len(results), sum(results))


asyncio.run(main())
