# Ready-queue order: call_soon callbacks, task steps and done callbacks interleave exactly as in
# CPython's FIFO ready queue.
import asyncio


async def step(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    t1 = asyncio.create_task(step("t1", 3))
    loop.call_soon(print, "soon 2")
    t2 = asyncio.create_task(step("t2", 2))
    t1.add_done_callback(lambda t: print("done callback", t.result()))
    loop.call_later(0, print, "later 0")
    loop.call_at(loop.time(), print, "at now")
    print("main before await")
    await asyncio.sleep(0)
    print("main after first yield")
    print(await t1, await t2)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("fut cb 1", f.result()))
    fut.add_done_callback(lambda f: print("fut cb 2"))
    loop.call_soon(fut.set_result, 7)
    print("awaited", await fut)


asyncio.run(main())
