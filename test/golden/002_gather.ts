import { async_def, asyncio, print, str, tuple } from "asyncio-ts/runtime";

// written for the heading: asyncio.gather - Run Multiple Coroutines
// seed: 002_28766f3191cc11ba.txt, section: asyncio.gather - Run Multiple Coroutines

const fetch_data = async_def(async function fetch_data(url, delay) {
  print(`Start ${str(url)}`);
  await asyncio.sleep(delay);
  print(`Done  ${str(url)}`);
  return `Data from ${str(url)}`;
});

const main = async_def(async function main() {
  const requests = [
    tuple(["http://api.example.com/slow", 0.3]),
    tuple(["http://api.example.com/fast", 0.1]),
    tuple(["http://api.example.com/medium", 0.2]),
  ];
  // Finishing order follows the delays, but results come back in argument order.
  const results = await asyncio.gather(...Array.from(requests, ([url, delay]) => fetch_data(url, delay)));
  for (const result of results) {
    print(result);
  }
});

await asyncio.run(main());
