# Virtual time: deadlines are whole nanoseconds, so 0.1 + 0.2 ends at 0.3 and 0.1 + 0.7 with 0.8.
import asyncio
import time


async def stepper(name, *delays):
    for d in delays:
        await asyncio.sleep(d)
    loop = asyncio.get_running_loop()
    print(name, loop.time(), time.monotonic(), time.perf_counter_ns(), time.time())


async def main():
    print("start", time.monotonic_ns(), time.time_ns(), time.strftime("%Y-%m-%d %H:%M:%S"))
    await asyncio.gather(
        stepper("a", 0.1, 0.7),
        stepper("b", 0.8),
        stepper("c", 0.5, 0.3),
        stepper("d", 0.3, 0.5),
        stepper("e", 0.1, 0.2),
        stepper("f", 0.3),
    )
    print("end", time.strftime("%H:%M:%S"), time.ctime())


asyncio.run(main())
