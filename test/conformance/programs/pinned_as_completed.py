# as_completed starts its coroutines in argument order (CPython: set order; the contract pins it).
import asyncio


async def job(n, d):
    print(f"start {n}")
    await asyncio.sleep(d)
    print(f"finish {n}")
    return n


async def main():
    delays = [0.3, 0.1, 0.2, 0.1, 0.05, 0.3, 0.2, 0.1]
    for f in asyncio.as_completed([job(i, d) for i, d in enumerate(delays)]):
        print("got", await f)
    try:
        for f in asyncio.as_completed([job(10, 1), job(11, 0.1)], timeout=0.5):
            print("got", await f)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(1)


asyncio.run(main())
