# Names read where they are not bound: del, a branch that did not run, a read before the first
# assignment, a loop that never ran, closures and comprehensions reading a deleted name.
import asyncio
from contextlib import suppress


def branch(flag):
    if flag:
        value = "set"
    return value


def before_assignment():
    print(count)
    count = 1


def empty_loop(items):
    for item in items:
        pass
    return item


def deleted_in_closure():
    data = [1, 2]
    reader = lambda: len(data)
    print("closure sees", reader())
    del data
    return reader()


def deleted_in_comprehension():
    factor = 3
    del factor
    return [n * factor for n in range(2)]


def augmented(flag):
    if flag:
        total = 10
    total += 1
    return total


def suppressed():
    with suppress(ZeroDivisionError):
        ratio = 1 / 0
    return ratio


async def worker(name, delay):
    await asyncio.sleep(delay)
    if name == "b":
        del name
    return name


async def main():
    for call in (
        lambda: branch(True),
        lambda: branch(False),
        before_assignment,
        lambda: empty_loop([1]),
        lambda: empty_loop([]),
        deleted_in_closure,
        deleted_in_comprehension,
        lambda: augmented(True),
        lambda: augmented(False),
        suppressed,
    ):
        try:
            print("ok", call())
        except NameError as e:
            print(type(e).__name__, e)
    results = await asyncio.gather(worker("a", 0.1), worker("b", 0.2), return_exceptions=True)
    print([f"{type(r).__name__}: {r}" if isinstance(r, Exception) else r for r in results])
    x = 1
    del x
    try:
        del x
    except UnboundLocalError as e:
        print("second del:", e)


asyncio.run(main())
print(finished)
finished = True
