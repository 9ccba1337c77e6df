import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w0("A"), w0("B")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("C"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    await asyncio.sleep(0.2)
    try:
        for next_done in asyncio.as_completed([w0("D"), w0("E")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
