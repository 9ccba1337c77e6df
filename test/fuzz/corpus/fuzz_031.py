import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: almost")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: step")
        print(f"{name}: half way")
        await asyncio.sleep(0.5)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("sleep result:", await asyncio.sleep(1, result="B"))
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    print("t =", round(loop.time(), 3))
    try:
        for next_done in asyncio.as_completed([w0("C"), w2("D"), w2("E")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print(f"t={loop.time():.2f}")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
