import { async_def, asyncio, print } from "asyncio-ts/runtime";

// seed: 002_28766f3191cc11ba.txt, section: Async Solution Preview
// Whitespace restored (the seed had this code on one line); added: import asyncio, print(results).

const fetch_data = async_def(async function fetch_data(url: string) {
  print(`Fetching ${url}...`);
  await asyncio.sleep(0.3); // Non-blocking wait
  return `Data from ${url}`;
});

const main = async_def(async function main() {
  // Run all fetches concurrently
  const tasks = [
    fetch_data("http://api.example.com/1"),
    fetch_data("http://api.example.com/2"),
    fetch_data("http://api.example.com/3"),
  ];
  const results = await asyncio.gather(...tasks);
  return results;
});

// Run the async code
const results = await asyncio.run(main());
print(results);
