import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        print(f"{name}: almost")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(1)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(0)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: step")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    try:
        for next_done in asyncio.as_completed([w2("A")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t0 = asyncio.create_task(w0("B"), name="t0")
    await asyncio.sleep(1)
    together = asyncio.gather(w1("C"), w0("D"))
    await asyncio.sleep(0.2)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print("t0:", t0.done(), t0.cancelled())
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
