# Awaiting what is not awaitable: a plain def's result or a value raises TypeError, as the
# tutorials' "forgot async" mistake does in CPython.
import asyncio


def plain():
    return 5


def hands_on():
    return asyncio.sleep(0, result="coroutine from a plain def")


async def main():
    print(await hands_on())
    for value in (None, "s", asyncio.sleep(0, result="awaitable")):
        try:
            print(await value)
        except TypeError as e:
            print("TypeError:", e)
    result = await plain()
    print(result)


asyncio.run(main())
