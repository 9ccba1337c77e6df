# A program that can never finish: the loop has nothing ready and no timer, so the run stops with
# exit status 3 and one "deadlock:" line; finally blocks do not run.
import asyncio


async def waiter(event):
    try:
        await event.wait()
    finally:
        print("waiter finally (never printed)")


async def main():
    event = asyncio.Event()
    asyncio.create_task(waiter(event), name="waiter")
    await asyncio.sleep(1)
    print("main waits on a future nobody sets")
    await asyncio.get_running_loop().create_future()


asyncio.run(main())
