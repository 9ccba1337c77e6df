import { asFloat, async_def, asyncio, format, print, str, time } from "asyncio-ts/runtime";

// written for the heading: Concurrent Tasks with asyncio.gather()
// seed: 000_a862cf976f82285c.txt, section: Concurrent Tasks with asyncio.gather() ("Let's simulate this difference to see the speed-up")
// (the seed's editor here was not extracted: "Loading editor...")

const fetch_user = async_def(async function fetch_user(user_id: number) {
  await asyncio.sleep(0.5); // pretend network call
  return `user${user_id}`;
});

const sequential = async_def(async function sequential() {
  const results: any[] = [];
  for (let i = 1; i < 4; i++) {
    results.append(await fetch_user(i));
  }
  return results;
});

const concurrent = async_def(async function concurrent() {
  return await asyncio.gather(fetch_user(1), fetch_user(2), fetch_user(3));
});

const main = async_def(async function main() {
  let start = time.perf_counter();
  let users = await sequential();
  print(`Sequential: ${str(users)} in ${format(asFloat(time.perf_counter() - start), ".1f")}s`);

  start = time.perf_counter();
  users = await concurrent();
  print(`Concurrent: ${str(users)} in ${format(asFloat(time.perf_counter() - start), ".1f")}s`);
});

await asyncio.run(main());
