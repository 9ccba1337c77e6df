# asyncio.Runner, run_in_executor/to_thread with a blocking function (zero virtual time), and
# TaskGroup results.
import asyncio
import time


def blocking(n):
    return sum(range(n))


async def compute(n):
    await asyncio.sleep(0.1 * n)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    a = await loop.run_in_executor(None, blocking, 1000)
    b = await asyncio.to_thread(blocking, 10)
    print(a, b, round(loop.time(), 3))
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(compute(n)) for n in range(1, 4)]
    print([t.result() for t in tasks], round(loop.time(), 3))


with asyncio.Runner() as runner:
    runner.run(main())
    print(runner.run(compute(2)), time.monotonic())
