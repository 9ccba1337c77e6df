// The transpiler reports `not supported yet: random.betavariate` from its own list of each runtime
// module's names; this keeps that list and the runtime's exports the same.
import { describe, expect, it } from "vitest";
import * as runtime from "../../../runtime/index.js";
import { transpile } from "../../../transpiler/index.js";
import { moduleMembers } from "../../../transpiler/runtime-names.js";

// Runtime helpers that are not Python names.
const internal = new Set(["PyRandom", "resetRandom", "setArgv", "Dataclass"]);

describe("runtime module members", () => {
  for (const [name, members] of Object.entries(moduleMembers)) {
    it(`${name}: the listed names are the runtime module's public names`, () => {
      const mod = (runtime as unknown as Record<string, object>)[name];
      expect(mod, `runtime exports ${name}`).toBeDefined();
      const exported = Object.keys(mod).filter((k) => !k.startsWith("_") && !internal.has(k));
      expect([...members].sort()).toEqual(exported.sort());
    });
  }

  it("reports a name the module lacks at its position, for attribute use and from-imports", () => {
    const src = "import random\nfrom math import tau, gamma\nprint(random.betavariate(2, 3))\n";
    const messages = transpile(src).diagnostics.map(
      (d) => `${d.start.line}:${d.start.column} ${d.message}`,
    );
    expect(messages).toEqual([
      "2:23 not supported yet: math.gamma",
      "3:7 not supported yet: random.betavariate",
    ]);
  });
});
