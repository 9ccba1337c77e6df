// Class attributes (JS statics): read through `cls` in a classmethod (`this` is the class), through
// an instance of a known class (`a.constructor.t`), boxed when they are integral floats, and
// through py.getattr when the instance's class is unknown. Outputs recorded with python3.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

const src = [
  "class Service:",
  "    instances = 0",
  "    timeout = 1.0",
  "",
  "    def __init__(self):",
  "        Service.instances += 1",
  "",
  "    @classmethod",
  "    def count(cls):",
  "        return cls.instances",
  "",
  "def make():",
  "    return Service()",
  "",
  "a = Service()",
  "b = make()",
  "print(Service.count(), a.timeout, Service.timeout)",
  "print(b.timeout)",
  "",
].join("\n");

describe("class attributes", () => {
  it("are read from the class wherever the receiver allows", () => {
    const text = body(src);
    expect(text).toContain("static timeout = asFloat(1.0);");
    expect(text).toContain("return this.instances;");
    expect(text).toContain("print(Service.count(), a.constructor.timeout, Service.timeout);");
    expect(text).toContain('print(py.getattr(b, "timeout"));');
  });

  it("print what CPython prints", async () => {
    const first = (await output(src)).split("\n")[0];
    expect(first).toBe("2 1.0 1.0");
  });
});
