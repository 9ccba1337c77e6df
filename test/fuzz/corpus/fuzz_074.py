import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, print, "callback 0 after 0.1")
    await asyncio.sleep(0.1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        for next_done in asyncio.as_completed([w0("A"), w0("B")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        print("wait_for:", await asyncio.wait_for(w0("C"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w0("D"), name="t0")
    print("cancel t0:", t0.cancel())
    t1 = asyncio.create_task(w0("E"), name="t1")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
