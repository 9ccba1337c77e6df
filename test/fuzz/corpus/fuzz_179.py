import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    await asyncio.sleep(1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 1


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    t1 = asyncio.create_task(w0("B"), name="t1")
    t2 = asyncio.create_task(w0("C"), name="t2")
    print(f"t={loop.time():.2f}")
    print("sleep result:", await asyncio.sleep(0.2, result="D"))
    print("cancel t2:", t2.cancel())
    done, pending = await asyncio.wait([t1, t2, t0], timeout=0.1, return_when=asyncio.ALL_COMPLETED)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print("end:", await asyncio.gather(t0, t1, t2, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
