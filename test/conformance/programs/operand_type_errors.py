# Operands of the wrong type: CPython's messages, a sequence repeated by a float raises, and the
# traceback marks the failing operation (`~~~~^~~`).
values = [1, 2]
scale = 2.0
cases = [
    lambda: values * scale,
    lambda: "ab" * 2.0,
    lambda: 3 * values,
    lambda: values + (3,),
    lambda: "n=" + 5,
    lambda: None - 1,
    lambda: {"a": 1} | [1],
    lambda: "x" ** 2,
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)


def total(items, extra):
    return len(items) * 2 + extra


print(total(values, 1))
print(total(values, "1"))
