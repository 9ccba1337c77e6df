import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        await asyncio.sleep(0)
        print(f"{name}: almost")
        print(f"{name}: running in", asyncio.current_task().get_name())
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w0("A"), w0("B")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    ev = asyncio.Event()
    loop.call_later(0.3, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
