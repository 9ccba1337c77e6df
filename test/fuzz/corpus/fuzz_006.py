import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.1)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.3)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.3)
    return f"{name}-w2"


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w1("A"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        for next_done in asyncio.as_completed([w2("B"), w1("C"), w1("D")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
