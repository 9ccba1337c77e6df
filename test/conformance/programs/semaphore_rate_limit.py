# A semaphore limiting concurrent "downloads", with timestamps on the virtual clock.
import asyncio
import time

sem = asyncio.Semaphore(3)


async def download(i):
    async with sem:
        start = time.perf_counter()
        print(f"{time.strftime('%H:%M:%S')} start {i} (free slots: {sem._value})")
        await asyncio.sleep(0.5 + 0.1 * (i % 3))
        print(f"download {i} took {time.perf_counter() - start:.2f}s")
        return i


async def main():
    t0 = time.perf_counter()
    done = await asyncio.gather(*(download(i) for i in range(7)))
    print(done, f"total {time.perf_counter() - t0:.2f}s", sem.locked())


asyncio.run(main())
