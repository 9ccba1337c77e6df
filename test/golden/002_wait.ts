import { all, asFloat, async_def, asyncio, len, print, py, str, tuple } from "asyncio-ts/runtime";

// written for the heading: asyncio.wait - Advanced Control
// seed: 002_28766f3191cc11ba.txt, section: asyncio.wait - Advanced Control

const job = async_def(async function job(name, delay) {
  await asyncio.sleep(delay);
  return `${str(name)} finished after ${str(delay)}s`;
});

const main = async_def(async function main() {
  let task;
  const tasks = Array.from([tuple(["fast", 0.1]), tuple(["medium", 0.3]), tuple(["slow", asFloat(1.0)])], ([name, delay]) => asyncio.create_task(job(name, delay), { name: name }));

  // Wake up as soon as the first task is done.
  let [done, pending]: any = await asyncio.wait(tasks, { return_when: asyncio.FIRST_COMPLETED });
  for (task of py.iter(done)) {
    print("first:", task.result());
  }
  print(`${len(pending)} tasks still pending`);

  // Give the rest at most 0.35 s more.
  [done, pending] = await asyncio.wait(pending, { timeout: 0.35 });
  for (task of py.iter(done)) {
    print("then:", task.result());
  }
  for (task of py.iter(pending)) {
    print("timed out, cancelling:", task.get_name());
    task.cancel();
  }
  await asyncio.wait(pending); // let the cancellation finish
  print(
    "all cancelled:",
    all((function* () { for (const task of py.iter(pending)) yield task.cancelled(); })()),
  );
});

await asyncio.run(main());
