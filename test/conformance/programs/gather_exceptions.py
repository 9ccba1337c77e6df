# gather(return_exceptions=True) puts exception objects in the result list (their reprs print);
# without it the first exception propagates while the others keep running.
import asyncio


async def maybe(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


async def main():
    results = await asyncio.gather(*(maybe(n) for n in range(5)), return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, r)
    tasks = [asyncio.create_task(maybe(n)) for n in range(4)]
    try:
        await asyncio.gather(*tasks)
    except ValueError as e:
        print("first error:", e, [t.done() for t in tasks])
    await asyncio.sleep(0.1)
    print([t.exception() if not t.cancelled() else "cancelled" for t in tasks])


asyncio.run(main())
