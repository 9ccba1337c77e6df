# Exception chaining: `raise ... from e`, __cause__ and __context__, and the traceback of a chained
# exception that escapes asyncio.run ("The above exception was the direct cause ...").
import asyncio


class AppError(Exception):
    pass


async def load(key):
    await asyncio.sleep(0.1)
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key!r}") from e


async def main():
    try:
        await load("b")
    except AppError as e:
        print("caught:", e, "cause:", repr(e.__cause__))
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("during handling")
    except ValueError as e:
        print(type(e.__context__).__name__)
    await load("z")


asyncio.run(main())
