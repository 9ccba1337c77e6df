# Nested asyncio.timeout blocks and wait_for in a retry loop.
import asyncio


async def slow(d):
    await asyncio.sleep(d)
    return d


async def main():
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.2):
                    await slow(0.5)
            except TimeoutError:
                print("inner timed out at", asyncio.get_running_loop().time())
            await slow(2)
    except TimeoutError:
        print("outer timed out at", asyncio.get_running_loop().time())
    for attempt, d in enumerate([0.3, 0.2, 0.05]):
        try:
            print("got", await asyncio.wait_for(slow(d), timeout=0.1))
            break
        except asyncio.TimeoutError:
            print(f"attempt {attempt} timed out")
    t = asyncio.create_task(slow(5))
    try:
        await asyncio.wait_for(t, 0.5)
    except asyncio.TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())


asyncio.run(main())
