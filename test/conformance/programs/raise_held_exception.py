# `raise e` of an exception made earlier: the traceback starts at the raise (a never-raised one
# shows only that), and a caught one re-raised shows the raise line, then where it was raised.
import asyncio


def make(msg):
    return ValueError(msg)


def inner():
    raise KeyError("deep")


def reraise():
    try:
        inner()
    except KeyError as e:
        print("re-raising", repr(e))
        raise e


async def worker():
    error = make("made, raised later")
    await asyncio.sleep(0.1)
    raise error


async def main():
    try:
        reraise()
    except KeyError as e:
        print("caught again", repr(e))
    await asyncio.gather(worker())


asyncio.run(main())
