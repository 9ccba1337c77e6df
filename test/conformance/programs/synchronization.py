# Lock, Event, Condition.wait_for/notify_all and BoundedSemaphore over-release.
import asyncio

lock = asyncio.Lock()
counter = 0


async def incr(name):
    global counter
    async with lock:
        v = counter
        await asyncio.sleep(0.01)
        counter = v + 1
        print(name, counter, lock.locked())


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released", ev.is_set())


async def cond_worker(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "got", items.pop(0))


async def main():
    await asyncio.gather(*(incr(f"t{i}") for i in range(4)))
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    ev.set()
    await asyncio.gather(*ws)
    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(cond_worker(cond, items, f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["a", "b"])
        cond.notify_all()
    await asyncio.gather(*cs)
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
