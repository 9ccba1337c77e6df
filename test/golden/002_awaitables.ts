import { async_def, asyncio, print, py } from "asyncio-ts/runtime";

// seed: 002_28766f3191cc11ba.txt, section: await Keyword (table "What can be awaited")
// The table's one-line examples made runnable: some_coroutine() and the Ticket class are
// defined here, and the bare Future gets its result from loop.call_later() so that it finishes.

const some_coroutine = async_def(async function some_coroutine() {
  await asyncio.sleep(0.1);
  return "coroutine result";
});

/** A custom awaitable: any object with an __await__ method that returns an iterator. */
class Ticket {
  declare number: number;

  constructor(number: number) {
    this.number = number;
  }

  *__await__() {
    yield* asyncio.sleep(0.1).__await__();
    return `ticket ${this.number} served`;
  }
}
async_def.awaitable(Ticket);

const main = async_def(async function main() {
  // Coroutine
  let result: any = await some_coroutine();
  print(result);

  // Task
  const task = asyncio.create_task(some_coroutine());
  result = await py.awaiting(task);
  print(result);

  // Future
  const future = new asyncio.Future();
  asyncio.get_running_loop().call_later(0.1, py.getattr(future, "set_result"), "future result");
  result = await py.awaiting(future);
  print(result);

  // Any __await__ object
  result = await new Ticket(7);
  print(result);
});

await asyncio.run(main());
