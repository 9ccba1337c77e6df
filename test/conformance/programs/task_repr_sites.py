# A pending task's repr names the line it is suspended at: after sleep(0) (a bare yield) as after
# a timer or a future.
import asyncio


async def worker(delay):
    await asyncio.sleep(delay)
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(worker(d)) for d in (0, 0.5)]
    await asyncio.sleep(0)
    for t in tasks:
        print(t)
    await asyncio.sleep(0)
    for t in tasks:
        print(t)
    await asyncio.gather(*tasks)
    print(tasks[0])


asyncio.run(main())
