# Task names and reprs, Futures (create_future, set_result, set_exception), InvalidStateError,
# iscoroutine/iscoroutinefunction (and the never-awaited coroutine that iscoroutine leaves).
import asyncio


async def child(n):
    await asyncio.sleep(n / 10)
    return n * 2


async def main():
    t = asyncio.create_task(child(1))
    print(t.get_name(), t.done(), asyncio.current_task().get_name())
    print(repr(t))
    await t
    print(repr(t), t.result())
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.set_result(5)
    print(fut, await fut)
    f2 = asyncio.Future()
    f2.set_exception(ValueError("bad"))
    try:
        await f2
    except ValueError as e:
        print("future raised", e)
    try:
        t.set_result(1)
    except Exception as e:
        print(type(e).__name__, e)
    print(asyncio.iscoroutine(child(1)), asyncio.iscoroutinefunction(child))


asyncio.run(main())
