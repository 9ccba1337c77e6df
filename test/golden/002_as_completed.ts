import { asFloat, async_def, asyncio, print, py, str, tuple } from "asyncio-ts/runtime";

// written for the heading: asyncio.as_completed - Process as They Finish
// seed: 002_28766f3191cc11ba.txt, section: asyncio.as_completed - Process as They Finish

const download = async_def(async function download(name: string, delay: number) {
  await asyncio.sleep(delay);
  return tuple([name, asFloat(delay)]);
});

const main = async_def(async function main() {
  const downloads = [
    download("big.iso", 0.5),
    download("small.txt", 0.1),
    download("medium.zip", 0.3),
  ];
  // Handle each result as soon as it is ready, fastest first.
  for (const next_done of py.iter(asyncio.as_completed(downloads))) {
    const [name, delay] = py.iter(await py.awaiting(next_done));
    print(`${str(name)} finished after ${str(delay)}s`);
  }
});

await asyncio.run(main());
