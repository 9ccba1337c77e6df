import { async_def, asyncio, print, py, str } from "asyncio-ts/runtime";

// written for the heading: asyncio.create_task - Background Tasks
// seed: 002_28766f3191cc11ba.txt, section: asyncio.create_task - Background Tasks

const heartbeat = async_def(async function heartbeat() {
  let beats;
  beats = 0;
  while (true) {
    beats += 1;
    print(`heartbeat ${beats}`);
    await asyncio.sleep(0.1);
  }
});

const do_work = async_def(async function do_work() {
  await asyncio.sleep(0.35);
  return "work done";
});

const main = async_def(async function main() {
  // The heartbeat runs in the background while main() awaits the real work.
  const background = asyncio.create_task(heartbeat(), { name: "heartbeat" });
  const result = await do_work();
  print(result);

  background.cancel();
  try {
    await py.awaiting(background);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(`${str(background.get_name())} stopped, cancelled=${str(background.cancelled())}`);
    } else {
      throw e;
    }
  }
});

await asyncio.run(main());
