# Int arithmetic whose results pass 2^53 (where JS numbers lose digits): Fibonacci and factorial
# loops stay exact while every value fits a JS number exactly (beyond that: big_int_beyond_2_53.py).
import asyncio


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


async def main():
    print([fib(n) for n in (10, 50, 70)])
    print(factorial(18), factorial(20), 2 ** 64, 10 ** 20)
    count = 0
    for step in range(3):
        count = count + step * 2
    print(count)


asyncio.run(main())
