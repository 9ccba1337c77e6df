"""The same import twice (two pasted snippets): the second binds nothing new."""
import asyncio
from collections import deque
import asyncio
from collections import deque
from asyncio import sleep
from asyncio import sleep


async def main():
    await sleep(0.1)
    print(deque([1, 2]), asyncio.get_running_loop().time() >= 0.1)


asyncio.run(main())
