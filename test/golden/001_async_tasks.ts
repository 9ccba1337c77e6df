import { async_def, asyncio, print, str, time } from "asyncio-ts/runtime";

// seed: 001_64ee5b7982ecfe8a.txt, section: Step 4: Running Multiple Coroutines Concurrently
// async_tasks.py

const task_one = async_def(async function task_one() {
  print(`${time.strftime("%H:%M:%S")} - Task One: Starting...`);
  await asyncio.sleep(3); // Simulate a 3-second I/O operation
  print(`${time.strftime("%H:%M:%S")} - Task One: Finished!`);
  return "Result from Task One";
});

const task_two = async_def(async function task_two() {
  print(`${time.strftime("%H:%M:%S")} - Task Two: Starting...`);
  await asyncio.sleep(1); // Simulate a 1-second I/O operation
  print(`${time.strftime("%H:%M:%S")} - Task Two: Finished!`);
  return "Result from Task Two";
});

const main = async_def(async function main() {
  print(`${time.strftime("%H:%M:%S")} - Main: Kicking off tasks...`);
  // 4. Use asyncio.gather() to run multiple coroutines concurrently
  // asyncio.gather waits for all provided coroutines to complete.
  const results = await asyncio.gather(task_one(), task_two());
  print(`${time.strftime("%H:%M:%S")} - Main: All tasks completed. Results: ${str(results)}`);
});

// if __name__ == "__main__":
print(`${time.strftime("%H:%M:%S")} - Program started.`);
await asyncio.run(main());
print(`${time.strftime("%H:%M:%S")} - Program ended.`);
