import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: step")
    print(f"{name}: running in", asyncio.current_task().get_name())
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w1(name + "2"))
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.5)
        print(f"{name}: almost")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.5)
    await asyncio.sleep(1)
    await asyncio.sleep(1)
    await asyncio.sleep(0.1)
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    print("tasks alive:", len(asyncio.all_tasks()))
    t0 = asyncio.create_task(w1("A"), name="t0")
    t0.cancel("stop t0")
    try:
        await t0
    except asyncio.CancelledError as e:
        print("t0 cancelled with", e.args)
    except ValueError as e:
        print("t0 had raised", e)
    else:
        print("t0 finished anyway:", t0.result())
    t1 = asyncio.create_task(w2("B"), name="t1")
    try:
        for next_done in asyncio.as_completed([w0("C"), w0("D"), w3("E")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(4):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
