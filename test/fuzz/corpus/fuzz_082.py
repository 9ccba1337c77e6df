import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: sub ->", await w0(name + "1"))
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: step")
        await asyncio.sleep(0)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: step")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0)
    return f"{name}-w2"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w2(name + "3"))
    print(f"{name}: running in", asyncio.current_task().get_name())
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w3("A"), name="t0")
    print("cancel t0:", t0.cancel())
    try:
        for next_done in asyncio.as_completed([w2("B"), w2("C"), w1("D")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("tasks alive:", len(asyncio.all_tasks()))
    print("tasks alive:", len(asyncio.all_tasks()))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
