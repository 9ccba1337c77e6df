import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(1)
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.2)
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: half way")
    print(f"{name}: working")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    return len(name) * 3


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w0("A")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        for next_done in asyncio.as_completed([w0("B"), w0("C")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t0 = asyncio.create_task(w2("D"), name="t0")
    try:
        print("wait_for:", await asyncio.wait_for(w1("E"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
