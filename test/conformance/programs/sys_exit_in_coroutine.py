# sys.exit("message") inside a coroutine: SystemExit passes through asyncio.run and the module's
# finally; the message goes to stderr and the exit status is 1.
import asyncio
import sys


async def main():
    print("working")
    await asyncio.sleep(0.1)
    sys.exit("fatal: stopping")


try:
    asyncio.run(main())
finally:
    print("finally at module level")
