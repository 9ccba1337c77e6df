# Printing numbers and containers the way CPython does: floats from /, f-string specs, %-format,
# str.format, reprs of nested containers, builtins on numbers.
import asyncio
import math


async def compute(x):
    await asyncio.sleep(0.01)
    return x / 3


async def main():
    vals = await asyncio.gather(*(compute(x) for x in range(5)))
    print(vals)
    print([round(v, 2) for v in vals], sum(vals), max(vals), min(vals))
    print(f"{vals[1]:.3f} {vals[2]:>10.2f}| {1234567:,} {0.25:%} {42:05d} {'x':^5}|")
    d = {"a": 1, "b": [1, 2.5, None, True], "c": (1,), "d": {"x": "y"}}
    print(d, len(d), list(d.items())[:2])
    print(1e16, 1e-5, 0.1 + 0.2, 2**52 + 1, 10 // 3, -7 // 2, -7 % 3, 7 / 2, math.pi)
    print("%s-%d-%.2f-%r" % ("s", 3, 2.5, "q"), "{} {:>3}".format(1, 2))
    print(str(1.0), repr("it's"), repr('say "hi"'), [1.0, 2.50], (1.5,), {1.0: 2})
    print(sorted(["b", "a", "C"]), sorted([3, 1, 2], reverse=True), list(reversed([1, 2])))
    print(abs(-2.5), divmod(7, 2), pow(2, 10), int("42") + 1, float("1.5"), bool([]), None)


asyncio.run(main())
