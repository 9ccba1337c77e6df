import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: almost")
        await asyncio.sleep(1)
        await asyncio.sleep(1)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        print(f"{name}: almost")
        print(f"{name}: sub ->", await w0(name + "1"))
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "2"))
    print(f"{name}: step")
    await asyncio.sleep(0)
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w1(name + "3"))
        await asyncio.sleep(0.1)
        await asyncio.sleep(1)
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w0("A"), w1("B"), w3("C")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    together = asyncio.gather(w3("D"))
    await asyncio.sleep(0.25)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    try:
        async with asyncio.timeout(0.5):
            print("in time:", await w3("E"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    async for value in ticks(1, 0):
        print("tick", value)
        if value >= 1:
            break
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
