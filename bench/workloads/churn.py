# Workload: create_task/cancel churn: 100 rounds of 100 tasks that start, block on a long sleep
# and are cancelled; every cancellation is awaited (10,000 tasks created and cancelled).
import asyncio

print("start")  # the harness times the run from this first line of output

ROUNDS = 100
BATCH = 100


async def worker():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        raise
    return 1


async def main():
    cancelled = 0
    for _ in range(ROUNDS):
        tasks = [asyncio.create_task(worker()) for _ in range(BATCH)]
        await asyncio.sleep(0)
        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        cancelled += sum(1 for r in results if isinstance(r, asyncio.CancelledError))
    print("churn", cancelled)


asyncio.run(main())
