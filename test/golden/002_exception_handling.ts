import { Exception, ValueError, async_def, asyncio, enumerate, isinstance, print, py, range, str, type } from "asyncio-ts/runtime";

// written for the heading: Error Handling
// seed: 002_28766f3191cc11ba.txt, section: Error Handling

const risky = async_def(async function risky(n: number) {
  await asyncio.sleep(0.1);
  if (py.mod(n, 2) === 0) {
    throw new ValueError(`bad input: ${n}`);
  }
  return n * 10;
});

const main = async_def(async function main() {
  // An exception raised inside a coroutine propagates out of the await.
  try {
    await risky(2);
  } catch (e) {
    if (e instanceof ValueError) {
      print(`caught: ${str(e)}`);
    } else {
      throw e;
    }
  }

  // return_exceptions=True: failures come back as values, in argument order.
  const results = await asyncio.gather(...Array.from(range(1, 5), (n) => risky(n)), { return_exceptions: true });
  for (const [n, result] of enumerate(results, { start: 1 })) {
    if (isinstance(result, Exception)) {
      print(`task ${str(n)} failed: ${type(result).__name__}: ${str(result)}`);
    } else {
      print(`task ${str(n)} ok: ${str(result)}`);
    }
  }

  // Without it, the first exception propagates out of gather().
  try {
    await asyncio.gather(risky(1), risky(2));
  } catch (e) {
    if (e instanceof ValueError) {
      print(`gather raised: ${str(e)}`);
    } else {
      throw e;
    }
  } finally {
    print("cleanup done");
  }
});

await asyncio.run(main());
