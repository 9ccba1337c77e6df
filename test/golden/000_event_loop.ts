import { async_def, asyncio, len, print } from "asyncio-ts/runtime";

// written for the heading: The Event Loop: Orchestrating It All
// seed: 000_a862cf976f82285c.txt, section: The Event Loop: Orchestrating It All
// (the seed's editor here was not extracted: "Loading editor...")

const cook = async_def(async function cook(dish: string, steps: number) {
  for (let step = 1; step < steps + 1; step++) {
    print(`${dish}: step ${step}`);
    await asyncio.sleep(0); // hand control back to the event loop
  }
});

const main = async_def(async function main() {
  const loop = asyncio.get_running_loop();
  print("Loop running:", loop.is_running());
  loop.call_soon(() => print("A callback scheduled with call_soon() runs first"));
  // The loop switches between the two coroutines at every await.
  await asyncio.gather(cook("Pasta", 3), cook("Salad", 2));
  print("Tasks still alive:", len(asyncio.all_tasks())); // only main() itself
});

await asyncio.run(main());
