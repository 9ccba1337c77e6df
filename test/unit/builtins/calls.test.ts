// Operators (`py.*`), builtin functions and str/list/dict/set methods against CPython 3.11.

import { describe, expect, it } from "vitest";
import * as b from "../../../runtime/builtins/index.js";
import { dec, expected, observe } from "./decode.js";
import { fixtures } from "./fixtures.js";

const typesByName: Record<string, unknown> = {
  int: b.int,
  float: b.float,
  str: b.str,
  bool: b.bool,
  list: b.list,
  tuple: b.tuple,
  dict: b.dict,
  set: b.set,
  range: b.range,
};

function call(fn: string, args: any[], kwargs: Record<string, unknown>): unknown {
  const [kind, name] = fn.split(":") as [string, string];
  const kw = { ...kwargs };
  if (kw.key === "len") kw.key = b.len;
  const withKw = Object.keys(kw).length > 0 ? [...args, kw] : args;
  switch (kind) {
    case "op":
      return (b.py as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
    case "builtin":
      if (name === "type_name") return b.typeName(args[0]);
      if (name === "set_display") {
        const s = b.set.display(args[0]);
        for (const x of args[1]) s.add(x);
        return s;
      }
      if (name === "iter_type_name") {
        return b.typeName(
          (b as unknown as Record<string, (x: unknown) => unknown>)[args[0]]!(args[1]),
        );
      }
      if (name === "isinstance") {
        const t = args[1];
        return b.isinstance(
          args[0],
          Array.isArray(t) ? t.map((n) => typesByName[n]) : typesByName[t],
        );
      }
      {
        const r = (b as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...withKw);
        return ["enumerate", "zip", "reversed"].includes(name) ? [...(r as Iterable<unknown>)] : r;
      }
    case "percent":
      return b.py.percent(args[0], args[1]);
    case "str":
      return b.py.method(args[0], name, ...withKw.slice(1));
    default: {
      const target = args[0];
      const r = b.py.method(target, name, ...withKw.slice(1));
      const result = ["keys", "values", "items"].includes(name) ? [...(r as Iterable<unknown>)] : r;
      return b.PyTuple.of(result, target);
    }
  }
}

describe("calls", () => {
  const cases = fixtures.calls.map(
    (c) => [`${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(", ")})`, c] as const,
  );
  it.each(cases)("%s", (_name, c) => {
    const args = c.args.map(dec);
    const kwargs = Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [k, dec(v)]));
    expect(observe(() => call(c.fn, args, kwargs), c)).toBe(expected(c, c.fn === "builtin:hash"));
  });
});
