# Floats that come back from methods keep printing as floats, also when their value is integral
# (4 / 2 is 2.0), read through a known instance or through self.
import asyncio


class Account:
    def __init__(self, cents):
        self.cents = cents

    def dollars(self) -> float:
        return self.cents / 100

    def doubled(self):
        return self.dollars() * 2

    def summary(self):
        return f"{self.dollars()} / {self.doubled()}"


class Timer:
    def __init__(self):
        self.start = 0

    def elapsed(self, now):
        return now - self.start + 0.0


async def main():
    acct = Account(400)
    print(acct.dollars(), acct.doubled(), acct.summary(), [acct.dollars()], {"d": acct.doubled()})
    timer = Timer()
    await asyncio.sleep(1)
    print(timer.elapsed(3), round(timer.elapsed(3)))


asyncio.run(main())
