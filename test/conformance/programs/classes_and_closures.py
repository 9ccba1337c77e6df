# Plain-Python features the tutorials lean on: classes with __repr__/__str__/properties and
# inheritance, closures with nonlocal, *args/**kwargs, comprehensions, sorting with keys.
import asyncio


class Account:
    count = 0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        Account.count += 1

    @property
    def balance(self):
        return self._balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance!r})"

    def __str__(self):
        return f"{self.owner}: {self._balance:.2f}"

    async def deposit(self, amount):
        await asyncio.sleep(0.01)
        self._balance += amount
        return self


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner, 100.0)
        self.rate = rate

    def __repr__(self):
        return f"Savings({self.owner!r}, rate={self.rate})"


def counter(start=0):
    n = start

    def bump(step=1):
        nonlocal n
        n += step
        return n

    return bump


def describe(*args, sep=", ", **kwargs):
    parts = [str(a) for a in args] + [f"{k}={v}" for k, v in sorted(kwargs.items())]
    return sep.join(parts)


async def main():
    accounts = [Account("bob", 10), Savings("amy", 0.05), Account("cy")]
    await asyncio.gather(*(a.deposit(5) for a in accounts))
    print(accounts, Account.count)
    for a in sorted(accounts, key=lambda a: (-a.balance, a.owner)):
        print(a, isinstance(a, Savings), type(a).__name__)
    bump = counter(10)
    print(bump(), bump(5), bump())
    print(describe(1, "two", 3.0, z=1, a=[1, 2]), describe(sep="|"))
    grid = [[r * c for c in range(3)] for r in range(3)]
    print(grid, {k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
    first, *rest = [1, 2, 3, 4]
    print(first, rest, *rest, sep=";")
    words = "the quick brown fox".split()
    print(" ".join(w.capitalize() for w in words), "-".join(reversed(words)), words[::-1][1:3])
    print(max(words, key=len), min(len(w) for w in words), any(w.startswith("q") for w in words))


asyncio.run(main())
