import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: half way")
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: half way")
    return len(name) * 2


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.2f}")
    t0 = asyncio.create_task(w1("A"), name="t0")
    done, pending = await asyncio.wait([t0], timeout=0.1, return_when=asyncio.FIRST_EXCEPTION)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    try:
        for next_done in asyncio.as_completed([w0("B"), w0("C"), w0("D")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        print("shielded:", await asyncio.wait_for(asyncio.shield(t0), timeout=0.1))
    except asyncio.TimeoutError:
        print("shield timed out; t0 done:", t0.done())
    except (ValueError, asyncio.CancelledError) as e:
        print("shielded task failed:", type(e).__name__)
    async for value in ticks(0, 0.25):
        print("tick", value)
        if value >= 2:
            break
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
        async with asyncio.timeout(0.5):
            print("in time:", await w1("E"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
