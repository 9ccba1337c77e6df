import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: working")
        print(f"{name}: working")
        await asyncio.sleep(0)
        print(f"{name}: step")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    return len(name) * 2


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w0("A"), w1("B")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t0 = asyncio.create_task(w0("C"), name="t0")
    t1 = asyncio.create_task(w0("D"), name="t1")
    print("t0:", t0.done(), t0.cancelled())
    t2 = asyncio.create_task(w0("E"), name="t2")
    print("end:", await asyncio.gather(t0, t1, t2, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
