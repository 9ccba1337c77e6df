import { async_def, asyncio, max, print, py, range } from "asyncio-ts/runtime";

// written for the heading: Semaphore - Rate Limiting
// seed: 002_28766f3191cc11ba.txt, section: Semaphore - Rate Limiting

let active = 0;
let peak: any = 0;

const call_api = async_def(async function call_api(sem, request_id: number) {
  await py.aenter(sem);
  let thrown = false;
  try {
    active += 1;
    peak = max(peak, active);
    print(`request ${request_id} start (active: ${active})`);
    await asyncio.sleep(0.05 * request_id); // simulate the request
    active -= 1;
    print(`request ${request_id} done`);
    return request_id * 100;
  } catch (e) {
    thrown = true;
    if (!(await py.aexit(sem, e))) throw e;
  } finally {
    if (!thrown) await py.aexit(sem, null);
  }
});

const main = async_def(async function main() {
  const sem = new asyncio.Semaphore(2);
  const results = await asyncio.gather(...Array.from(range(1, 6), (i) => call_api(sem, i)));
  print("results:", results);
  print("peak concurrency:", peak);
});

await asyncio.run(main());
