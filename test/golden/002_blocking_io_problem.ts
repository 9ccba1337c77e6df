import { asFloat, format, print, range, time } from "asyncio-ts/runtime";

// written for the heading: The Problem with Blocking I/O
// seed: 002_28766f3191cc11ba.txt, section: The Problem with Blocking I/O

function fetch_data(url: string) {
  print(`Fetching ${url}...`);
  time.sleep(0.3); // blocking: nothing else can run while we wait
  return `Data from ${url}`;
}

function main() {
  const start = time.perf_counter();
  const results = Array.from(range(1, 4), (i) => fetch_data(`http://api.example.com/${i}`));
  const elapsed = time.perf_counter() - start;
  print(results);
  // Each request waits for the previous one: the total is the sum of all waits.
  print(`3 blocking requests took ${format(asFloat(elapsed), ".1f")}s`);
}

main();
