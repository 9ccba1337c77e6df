// itertools iterators are lazy JS iterables with CPython-style reprs; json round-trips runtime values.
import { describe, expect, it } from "vitest";
import { itertools, json, list, repr } from "../../../runtime/index.js";

describe("itertools", () => {
  it("gives <itertools.NAME object at 0x…> reprs, except count and repeat", () => {
    expect(repr(itertools.chain([1]))).toMatch(/^<itertools\.chain object at 0x[0-9a-f]+>$/);
    expect(repr(itertools.tee([1])[0])).toMatch(/^<itertools\._tee object at 0x[0-9a-f]+>$/);
    expect(repr(itertools.count(5))).toBe("count(5)");
    expect(repr(itertools.repeat(1, 3))).toBe("repeat(1, 3)");
  });

  it("is lazy: infinite iterators and one-shot sources are read only as far as needed", () => {
    const seen: number[] = [];
    function* src() {
      for (let i = 0; ; i++) {
        seen.push(i);
        yield i;
      }
    }
    expect(list(itertools.islice(itertools.chain(src()), 2, 4))).toEqual([2, 3]);
    expect(seen).toEqual([0, 1, 2, 3]);
  });
});

describe("json", () => {
  it("dumps and loads nested values", () => {
    const v = json.loads('{"a": [1, 2.5, null, true], "b": {"c": "\\u00e9"}}');
    expect(json.dumps(v)).toBe('{"a": [1, 2.5, null, true], "b": {"c": "\\u00e9"}}');
    expect(json.dumps(v, { sort_keys: true, separators: [",", ":"] })).toBe(
      '{"a":[1,2.5,null,true],"b":{"c":"\\u00e9"}}',
    );
  });
});
