import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, print, "callback 0 after 0.3")
    loop.call_soon(print, "callback 1 (soon)")
    await asyncio.sleep(0.3)
    print("callbacks scheduled", f"{loop.time():.2f}")
    t0 = asyncio.create_task(w0("A"), name="t0")
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("B"))
            g1 = tg.create_task(w0("C"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print("cancel t0:", t0.cancel())
    print(f"t={loop.time():.2f}")
    await asyncio.sleep(0.5)
    t1 = asyncio.create_task(w0("D"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
