import { TimeoutError, async_def, asyncio, print, py } from "asyncio-ts/runtime";

// written for the heading: Timeouts and Cancellation
// seed: 002_28766f3191cc11ba.txt, section: Timeouts and Cancellation

const slow_operation = async_def(async function slow_operation() {
  await asyncio.sleep(1);
  return "finished";
});

const worker = async_def(async function worker() {
  try {
    while (true) {
      print("worker: working...");
      await asyncio.sleep(0.1);
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("worker: cancelled, cleaning up");
      throw e; // always re-raise CancelledError
    } else {
      throw e;
    }
  } finally {
    print("worker: finally block ran");
  }
});

const main = async_def(async function main() {
  // 1. asyncio.wait_for(): give up after a timeout (the inner task is cancelled).
  try {
    await asyncio.wait_for(slow_operation(), { timeout: 0.2 });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) {
      print("wait_for: timed out after 0.2s");
    } else {
      throw e;
    }
  }

  // 2. asyncio.timeout() (Python 3.11+): a timeout for a whole block.
  try {
    const cm = asyncio.timeout(0.2);
    await py.aenter(cm);
    let thrown = false;
    try {
      await slow_operation();
    } catch (e) {
      thrown = true;
      if (!(await py.aexit(cm, e))) throw e;
    } finally {
      if (!thrown) await py.aexit(cm, null);
    }
  } catch (e) {
    if (e instanceof TimeoutError) {
      print("timeout(): timed out after 0.2s");
    } else {
      throw e;
    }
  }

  // 3. Cancelling a running task by hand.
  const task = asyncio.create_task(worker());
  await asyncio.sleep(0.25);
  task.cancel();
  try {
    await py.awaiting(task);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("main: task cancelled =", task.cancelled());
    } else {
      throw e;
    }
  }
});

await asyncio.run(main());
