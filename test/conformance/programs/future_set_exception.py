# An exception handed to a future (never raised where it was made) has a traceback that starts at
# the await; one that was raised and caught before keeps the frames where it was raised.
import asyncio


def parse(text):
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    first = loop.create_future()
    try:
        parse("x")
    except ValueError as e:
        first.set_exception(e)
    try:
        await first
    except ValueError as e:
        print("caught", e)
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_exception, ValueError("via future"))
    await fut


asyncio.run(main())
