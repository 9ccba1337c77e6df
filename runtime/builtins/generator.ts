// Python's generator methods on JS generators (`function*`): `send` and `close` are installed on
// the generator prototype; `throw` exists in JS with another result, so emitted code reaches
// Python's through `py.method(g, "throw", exc)`. Mirrors gen_send/gen_throw/gen_close in Objects/genobject.c.

import { GeneratorExit, RuntimeError, StopIteration } from "./exceptions.js";

/** True for a JS generator object (what a Python generator function returns). */
export function isGenerator(x: unknown): x is Generator {
  return Object.prototype.toString.call(x) === "[object Generator]";
}

function resultOf(r: IteratorResult<unknown>): unknown {
  if (!r.done) return r.value;
  throw r.value === undefined || r.value === null
    ? new StopIteration()
    : new StopIteration(r.value);
}

/** Python's `gen.send`, `gen.throw` and `gen.close`, as functions of the generator. */
export const generatorMethods = {
  /** `gen.send(value)`: resumes with `value`; StopIteration(return value) at the end. */
  send(g: Generator, value: unknown): unknown {
    return resultOf(g.next(value));
  },
  /** `gen.throw(exc)`: raises `exc` (an instance or a class) at the paused `yield`. */
  throw(g: Generator, exc: unknown): unknown {
    const e = typeof exc === "function" ? new (exc as new () => unknown)() : exc;
    return resultOf(g.throw(e));
  },
  /** `gen.close()`: raises GeneratorExit at the paused `yield`; a yield in reply is an error. */
  close(g: Generator): null {
    let r: IteratorResult<unknown>;
    try {
      r = g.throw(new GeneratorExit());
    } catch (e) {
      if (e instanceof GeneratorExit || e instanceof StopIteration) return null;
      throw e;
    }
    if (!r.done) throw new RuntimeError("generator ignored GeneratorExit");
    return null;
  },
};

const generatorPrototype = Object.getPrototypeOf(function* () {}).prototype as object;
for (const name of ["send", "close"] as const) {
  const f = generatorMethods[name] as (g: Generator, ...args: unknown[]) => unknown;
  Object.defineProperty(generatorPrototype, name, {
    value: function (this: Generator, ...args: unknown[]) {
      return f(this, ...args);
    },
    writable: true,
    configurable: true,
  });
}
