# The random module is seeded with 0 before the program runs: the same numbers as CPython.
import random

print(random.random(), random.random())
print(random.randint(1, 6), random.randrange(100), random.randrange(10, 50, 5))
print(random.uniform(1.5, 2.5))
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdef"), random.sample(range(100), 5))
print(random.choices(["x", "y", "z"], k=6), random.getrandbits(40))
print(round(random.gauss(0, 1), 12))
random.seed(42)
print(random.random(), random.randint(0, 10**9))
