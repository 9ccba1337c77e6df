# Ints CPython keeps exact at any size; asyncio-ts holds ints in JS numbers and raises
# OverflowError where a result has no exact double (listed in known-failures.json).
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


print(fib(78))
print(fib(100), factorial(25))
