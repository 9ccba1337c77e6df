// A minimal test runner for the browser tests: named async tests run one after another, each with
// a time limit; prints ✓/✗ per test and a closing `N passed, M failed` line.

const tests = [];

/** Registers a test. */
export function test(name, fn, timeoutMs = 30_000) {
  tests.push({ name, fn, timeoutMs });
}

/** Throws when `ok` is false. */
export function assert(ok, message) {
  if (!ok) throw new Error(message);
}

/** Throws unless the two values are identical (strings shown in full on failure). */
export function assertEqual(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}:\n--- expected\n${JSON.stringify(expected)}\n--- actual\n${JSON.stringify(actual)}`);
  }
}

/** Runs the tests whose names contain `filter`; resolves with the number of failures. */
export async function runTests(filter = "") {
  let passed = 0;
  let failed = 0;
  for (const t of tests.filter((x) => x.name.includes(filter))) {
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        t.fn(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${t.timeoutMs} ms`)), t.timeoutMs);
        }),
      ]);
      passed++;
      console.log(`✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`✗ ${t.name} (${Date.now() - started} ms)\n    ${String(e?.stack ?? e).split("\n").join("\n    ")}`);
    } finally {
      clearTimeout(timer);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}
