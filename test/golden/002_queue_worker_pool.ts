import { async_def, asyncio, enumerate, len, print, py, range, sorted, str, tuple } from "asyncio-ts/runtime";

// written for the heading: Queue-based Worker Pool
// seed: 002_28766f3191cc11ba.txt, section: Queue-based Worker Pool

const worker = async_def(async function worker(name: string, queue, results) {
  while (true) {
    const [job_id, duration] = py.iter(await queue.get());
    try {
      await asyncio.sleep(duration); // simulate the work
      results.append(tuple([job_id, name]));
      print(`${name} finished job ${str(job_id)}`);
    } finally {
      queue.task_done();
    }
  }
});

const main = async_def(async function main() {
  const queue = new asyncio.Queue();
  for (const [job_id, duration] of enumerate([0.3, 0.1, 0.2, 0.12, 0.05, 0.25], { start: 1 })) {
    queue.put_nowait(tuple([job_id, duration]));
  }

  const results: any[] = [];
  const workers = Array.from(range(1, 4), (i) => asyncio.create_task(worker(`worker-${i}`, queue, results)));

  await queue.join(); // wait until every job has been processed
  for (const w of workers) {
    w.cancel();
  }
  await asyncio.gather(...workers, { return_exceptions: true });

  print(`processed ${len(results)} jobs`);
  print(sorted(results));
});

await asyncio.run(main());
