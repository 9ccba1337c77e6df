import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(0)
    print(f"{name}: step")
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "3"))
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, print, "callback 0 after 0.3")
    loop.call_later(0.1, print, "callback 1 after 0.1")
    loop.call_later(0.2, print, "callback 2 after 0.2")
    await asyncio.sleep(0.3)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        for next_done in asyncio.as_completed([w0("A")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t0 = asyncio.create_task(w3("B"), name="t0")
    try:
        for next_done in asyncio.as_completed([w1("C")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
