// dataclasses, functools and collections: the shape of emitted code (a decorator becomes a call
// after the class), and what of these modules is reported as not supported.
import { describe, expect, it } from "vitest";
import { transpile } from "../../../transpiler/index.js";
import { body } from "./helpers.js";

function diagnostics(source: string): string[] {
  return transpile(source).diagnostics.map(
    (d) => `${d.kind} ${d.start.line}:${d.start.column} ${d.message}`,
  );
}

describe("dataclasses", () => {
  it("extends dataclasses.Dataclass and passes the fields after the class", () => {
    const src = [
      "from dataclasses import dataclass, field",
      "",
      "@dataclass(order=True)",
      "class Job:",
      "    name: str",
      "    cost: float = 1.0",
      "    tags: list[str] = field(default_factory=list)",
      "",
      "    def total(self):",
      "        return self.cost * 2",
      "",
      "@dataclass",
      "class Big(Job):",
      "    extra: int = 0",
      "",
      'print(Job("a", cost=2.0), Big("b").total())',
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "class Job extends dataclasses.Dataclass {
        declare name: string;
        declare cost: number;
        declare tags: string[];

        total() {
          return py.mul(this.cost, 2);
        }
      }
      dataclasses.dataclass(Job, {
        name: dataclasses.MISSING,
        cost: asFloat(1.0),
        tags: dataclasses.field({ default_factory: list }),
      }, { order: true });

      class Big extends Job {
        declare extra: number;
      }
      dataclasses.dataclass(Big, { extra: 0 });

      print(new Job("a", { cost: asFloat(2.0) }), new Big("b").total());
      "
    `);
  });

  it("reports what the runtime does not do", () => {
    const src = [
      "import dataclasses",
      "from dataclasses import dataclass, field, KW_ONLY",
      "class Plain:",
      "    pass",
      "@dataclass(slots=True)",
      "class A(Plain):",
      "    x: int = field(default=1, kw_only=True)",
      "    def __init__(self):",
      "        pass",
      'B = dataclasses.make_dataclass("B", ["a"])',
      "",
    ].join("\n");
    expect(diagnostics(src)).toMatchInlineSnapshot(`
      [
        "NotSupported 2:43 not supported yet: dataclasses.KW_ONLY",
        "NotSupported 5:12 not supported yet: this dataclass() argument (slots)",
        "NotSupported 6:9 not supported yet: a dataclass whose base class is not a dataclass",
        "NotSupported 7:31 not supported yet: this field() argument (kw_only)",
        "NotSupported 8:9 not supported yet: __init__ defined in a dataclass",
        "NotSupported 10:5 not supported yet: dataclasses.make_dataclass",
      ]
    `);
  });
});
