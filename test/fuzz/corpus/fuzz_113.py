import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    loop.call_later(0.5, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    loop.call_later(0.5, print, "callback 0 after 0.5")
    loop.call_later(0.25, print, "callback 1 after 0.25")
    await asyncio.sleep(0.5)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
            g1 = tg.create_task(w0("B"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t0 = asyncio.create_task(w0("C"), name="t0")
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("D"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    loop.call_later(0.25, print, "callback 0 after 0.25")
    loop.call_later(0.1, print, "callback 1 after 0.1")
    loop.call_later(1, print, "callback 2 after 1")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
