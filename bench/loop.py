# Event-loop throughput twin of bench/loop.ts: gather of 100,000 coroutines, each awaiting sleep(0) twice.
import asyncio
import time

N = 100_000


async def worker():
    await asyncio.sleep(0)
    await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(worker() for _ in range(N)))


start = time.perf_counter()
asyncio.run(main())
print(f"python3 asyncio: {(time.perf_counter() - start) * 1000:.0f} ms")
