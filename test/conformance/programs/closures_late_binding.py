# Python's closures see a variable, not a value: lambdas made in a loop or a comprehension all
# see its last value unless a default argument froze it (the classic gotcha).
import asyncio

by_comprehension = [lambda: i for i in range(3)]
frozen = [lambda i=i: i for i in range(3)]
pairs = [lambda: (a, b) for a, b in [(1, 2), (3, 4)]]
doubled = {k: (lambda: k * 2) for k in "ab"}
by_loop = []
for n in range(3):
    by_loop.append(lambda: n)
print([f() for f in by_comprehension], [f() for f in frozen], [p() for p in pairs])
print({k: f() for k, f in doubled.items()}, [f() for f in by_loop])


async def main():
    callbacks = []
    loop = asyncio.get_running_loop()
    for delay in (0.1, 0.2):
        loop.call_later(delay, lambda: callbacks.append(delay))
    await asyncio.sleep(0.3)
    print(callbacks)


asyncio.run(main())
