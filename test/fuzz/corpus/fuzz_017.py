import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: half way")
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: half way")
    await asyncio.sleep(0.2)
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: almost")
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w0("A"), w1("B"), w0("C")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t0 = asyncio.create_task(w0("D"), name="t0")
    await asyncio.sleep(0.3)
    await asyncio.sleep(1)
    t1 = asyncio.create_task(w0("E"), name="t1")
    done, pending = await asyncio.wait([t0], timeout=0.3, return_when=asyncio.ALL_COMPLETED)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
