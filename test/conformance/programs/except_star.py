# try/except* (PEP 654) as CPython 3.11 runs it: groups split across clauses, a lone exception
# wrapped for matching, new exceptions raised in a clause, bare raise, what is left re-raised.
import asyncio


def run(label, body):
    try:
        body()
    except Exception as e:
        print(label, "->", type(e).__name__, repr(e))
    else:
        print(label, "-> nothing raised")


def split_across_clauses():
    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as eg:
        print("values:", eg.exceptions, eg.message)
    except* (TypeError, KeyError) as eg:
        print("type/key:", eg.exceptions)


def lone_exception():
    try:
        raise ValueError("lone")
    except* ValueError as eg:
        print("wrapped:", repr(eg))


def lone_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")


def remainder():
    try:
        raise ExceptionGroup("g", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled the ValueError")


def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as eg:
        print("nested values:", repr(eg))
    except* TypeError as eg:
        print("nested types:", repr(eg))


def new_in_clause():
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise RuntimeError("from the clause")
    except* TypeError:
        print("types still run")


def bare_raise():
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        print("seen, re-raised")
        raise
    except* TypeError:
        print("types handled")


def catching_group_type():
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass


def with_else_finally():
    try:
        print("body")
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")


async def failing(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f"task {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2):
                tg.create_task(failing(n))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print("task group:", [str(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(failing(3))
        tg.create_task(failing(4))


for name, fn in [
    ("split", split_across_clauses),
    ("lone", lone_exception),
    ("lone unmatched", lone_unmatched),
    ("remainder", remainder),
    ("nested", nested),
    ("new", new_in_clause),
    ("bare raise", bare_raise),
    ("group type", catching_group_type),
    ("else/finally", with_else_finally),
]:
    run(name, fn)
asyncio.run(main())
