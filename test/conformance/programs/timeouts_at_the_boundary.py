# wait_for and asyncio.timeout when the timeout and the work end at the same instant: the timer
# scheduled first fires first.
import asyncio


async def work(d, label):
    await asyncio.sleep(d)
    return label


async def main():
    try:
        print(await asyncio.wait_for(work(1, "work won"), timeout=1))
    except asyncio.TimeoutError:
        print("wait_for: timeout won")
    try:
        print(await asyncio.wait_for(work(0.999999999, "work won by 1ns"), timeout=1))
    except asyncio.TimeoutError:
        print("wait_for: timeout won")
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(0.5)
            print("timeout block: work finished")
    except TimeoutError:
        print("timeout block: timed out")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.3) as cm:
            await asyncio.sleep(0.2)
            cm.reschedule(loop.time() + 0.05)
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"rescheduled timeout fired at {loop.time():.2f}")
    print(f"done at {loop.time():.9f}")


asyncio.run(main())
