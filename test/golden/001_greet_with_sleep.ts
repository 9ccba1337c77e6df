import { async_def, asyncio, print, time } from "asyncio-ts/runtime";

// seed: 001_64ee5b7982ecfe8a.txt, section: Step 3: Simulating a Slow Operation with await asyncio.sleep()
// async_intro.py

const greet = async_def(async function greet() {
  print(`${time.strftime("%H:%M:%S")} - Hello from an async function!`);
  // 3. Use await asyncio.sleep() to pause this coroutine
  await asyncio.sleep(2); // Pause for 2 seconds
  print(`${time.strftime("%H:%M:%S")} - ...and I'm back after 2 seconds!`);
});

// if __name__ == "__main__":
print(`${time.strftime("%H:%M:%S")} - Starting program...`);
await asyncio.run(greet());
print(`${time.strftime("%H:%M:%S")} - Program finished.`);
