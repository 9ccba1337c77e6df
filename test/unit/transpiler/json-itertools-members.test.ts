// json and itertools names the runtime lacks are reported at their position, never emitted.
import { describe, expect, it } from "vitest";
import { transpile } from "../../../transpiler/index.js";

function messages(src: string): string[] {
  return transpile(src).diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.message}`);
}

describe("json members", () => {
  it("accepts dumps/loads/JSONDecodeError and reports dump/load", () => {
    expect(messages("import json\nprint(json.dumps(json.loads('1')))\n")).toEqual([]);
    expect(messages("import json\nfrom json import load\njson.dump(1, None)\n")).toEqual([
      "2:18 not supported yet: json.load",
      "3:1 not supported yet: json.dump",
    ]);
  });
});

describe("itertools members", () => {
  it("accepts the provided names and reports batched (3.12) and unknown ones", () => {
    expect(messages("import itertools\nprint(itertools.chain.from_iterable([]))\n")).toEqual([]);
    expect(messages("import itertools\nfrom itertools import batched\nitertools.foo()\n")).toEqual([
      "2:23 not supported yet: itertools.batched",
      "3:1 not supported yet: itertools.foo",
    ]);
  });
});

describe("float arguments of json and itertools calls", () => {
  it("are boxed, so that the runtime sees a float (json.dumps(1.0) is 1.0)", () => {
    const code = transpile(
      "import json\nfrom itertools import count\nx = 1.0\nprint(json.dumps(x), count(0, 1.0))\n",
    ).code;
    expect(code).toContain("json.dumps(asFloat(x))");
    expect(code).toContain("count(0, asFloat(1.0))");
  });
});
