// Every program run starts the `0x…` addresses of default reprs and `id()` afresh, so two runs of
// the same program print the same text.

import { expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { id, print, repr } from "../../../runtime/builtins/index.js";
import { run } from "./harness.js";

class Box {}

const main = async_def(async function main() {
  const a = new Box();
  print(repr(a), id(new Box()) - id(a));
});

test("runProgram resets ids: a second run prints the same addresses", async () => {
  const first = await run(() => asyncio.run(main()));
  const second = await run(() => asyncio.run(main()));
  expect(first.stdout).toMatch(/^<__main__\.Box object at 0x[0-9a-f]+> 80\n$/);
  expect(second.stdout).toBe(first.stdout);
});
