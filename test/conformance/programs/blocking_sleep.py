# time.sleep blocks the loop: nothing else runs during it, and overdue timers then fire in
# deadline order, all at the same (late) time.
import asyncio
import time


async def ticker(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} woke at {asyncio.get_running_loop().time():.3f}")


async def blocker():
    print("blocking for 1s")
    time.sleep(1)
    print(f"unblocked at {time.monotonic():.3f}")
    await asyncio.sleep(0)
    print("blocker yielded")


async def main():
    t0 = time.perf_counter()
    await asyncio.gather(ticker("late", 0.5), ticker("early", 0.2), blocker(), ticker("tie", 0.2))
    print(f"total {time.perf_counter() - t0:.2f}s")
    time.sleep(0.25)
    print(time.strftime("%H:%M:%S"), round(time.time() % 60, 3))


asyncio.run(main())
