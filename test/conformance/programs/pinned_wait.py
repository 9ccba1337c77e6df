# asyncio.wait returns sets that iterate, print and pop in argument order (pinned by the contract).
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(job(d), name=f"t{i}") for i, d in enumerate([0.2, 0.1, 0.2, 0.3, 0.1])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done", [t.get_name() for t in done], "pending", [t.get_name() for t in pending])
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print("done", [t.get_name() for t in done], "pending", [t.get_name() for t in pending])
    print("popped", done.pop().get_name(), len(done))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    print([t.get_name() for t in done])


asyncio.run(main())
