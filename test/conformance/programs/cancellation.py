# Cancellation: cancel() with a message, task reprs while pending and after, shield under wait_for,
# gather with return_exceptions, cancelling a gather.
import asyncio


async def worker(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError as e:
        print(f"{name} cancelled with {e.args}")
        raise
    finally:
        print(f"{name} finally")


async def main():
    t = asyncio.create_task(worker("a", 1), name="A")
    await asyncio.sleep(0.1)
    print(t)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError:
        print("caught", t.cancelled(), t.done())
    print(t)
    s = asyncio.create_task(worker("b", 0.2))
    try:
        await asyncio.wait_for(asyncio.shield(s), 0.1)
    except asyncio.TimeoutError:
        print("shielded timeout; b still running:", not s.done())
    print(await s)
    r = await asyncio.gather(worker("c", 0.1), asyncio.sleep(0.05, "x"), return_exceptions=True)
    print(r)
    g = asyncio.gather(worker("d", 1), worker("e", 1))
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")


asyncio.run(main())
