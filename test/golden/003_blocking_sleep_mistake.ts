import { async_def, asyncio, print, time } from "asyncio-ts/runtime";

// written for the heading: Common Mistakes (second mistake: blocking time.sleep() inside async code)
// seed: 003_1067b8ae4d369476.txt, section: Common Mistakes

const blocking_task = async_def(async function blocking_task(name: string) {
  print(`${name}: start`);
  time.sleep(0.3); // mistake: blocks the whole event loop
  print(`${name}: end`);
});

const friendly_task = async_def(async function friendly_task(name: string) {
  print(`${name}: start`);
  await asyncio.sleep(0.3); // right: lets the other task run meanwhile
  print(`${name}: end`);
});

const main = async_def(async function main() {
  print("time.sleep(): the tasks run one after the other");
  await asyncio.gather(blocking_task("A"), blocking_task("B"));
  print("await asyncio.sleep(): the tasks overlap");
  await asyncio.gather(friendly_task("A"), friendly_task("B"));
});

await asyncio.run(main());
