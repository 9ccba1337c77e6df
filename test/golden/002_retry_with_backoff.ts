import { ConnectionError, asFloat, async_def, asyncio, dict, format, print, py, splitKwargs, str, tuple } from "asyncio-ts/runtime";

// written for the heading: Exercise 1: Async Retry with Backoff
// exercise solution: Async Retry with Backoff
// seed: 002_28766f3191cc11ba.txt, section: Practice Exercises: Exercise 1: Async Retry with Backoff

/** Fails the first `failures` calls, then succeeds. */
class FlakyService {
  declare failures: number;
  declare calls: number;

  constructor(failures: number) {
    this.failures = failures;
    this.calls = 0;
  }

  async fetch(item) {
    this.calls += 1;
    await asyncio.sleep(0.01);
    if (this.calls <= this.failures) {
      throw new ConnectionError(`call ${this.calls} failed`);
    }
    return `${str(item)} fetched on call ${this.calls}`;
  }
}
async_def.methods(FlakyService, "fetch");

const retry_with_backoff = async_def(async function retry_with_backoff(func, ...rest) {
  const [positional, { max_attempts = 4, base_delay = 0.05, ...named }]: [unknown[], any] = splitKwargs(rest);
  const args = tuple(positional);
  const kwargs = dict(named);
  for (let attempt = 1; attempt < max_attempts + 1; attempt++) {
    try {
      return await py.callKw(func, [...args], { ...Object.fromEntries(kwargs.entries()) });
    } catch (e) {
      if (e instanceof ConnectionError) {
        if (attempt === max_attempts) {
          print(`attempt ${attempt} failed (${str(e)}), giving up`);
          throw e;
        }
        const delay = base_delay * py.pow(2, attempt - 1); // 0.05, 0.1, 0.2, ...
        print(`attempt ${attempt} failed (${str(e)}), retrying in ${format(asFloat(delay), ".2f")}s`);
        await asyncio.sleep(delay);
      } else {
        throw e;
      }
    }
  }
});

const main = async_def(async function main() {
  const service = new FlakyService(2);
  print(await retry_with_backoff(py.getattr(service, "fetch"), "report"));

  const broken = new FlakyService(10);
  try {
    await retry_with_backoff(py.getattr(broken, "fetch"), "invoice", { max_attempts: 3 });
  } catch (e) {
    if (e instanceof ConnectionError) {
      print(`gave up: ${str(e)}`);
    } else {
      throw e;
    }
  }
});

await asyncio.run(main());
