import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        print(f"{name}: step")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    raise ValueError(f"{name} failed")


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.1)
    await asyncio.sleep(1)
    raise ValueError(f"{name} failed")


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "3"))
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w3("A"), name="t0")
    t0.cancel("stop t0")
    try:
        await t0
    except asyncio.CancelledError as e:
        print("t0 cancelled with", e.args)
    except ValueError as e:
        print("t0 had raised", e)
    else:
        print("t0 finished anyway:", t0.result())
    try:
        for next_done in asyncio.as_completed([w3("B"), w3("C")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
