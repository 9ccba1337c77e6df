// Bound methods: `obj.method` taken as a value keeps its receiver, and prints as CPython's
// `<bound method Foo.method of <__main__.Foo object at 0x…>>`.

const bound = new WeakMap<Function, { self: object; fn: Function }>();

/** `fn` bound to `self`, remembered so that `repr` can name both. */
export function bindMethod(self: object, fn: Function): Function {
  const b = fn.bind(self);
  // JS names it "bound m"; Python's `obj.m.__name__` is "m".
  Object.defineProperty(b, "name", { value: fn.name, configurable: true });
  bound.set(b, { self, fn });
  return b;
}

/** The receiver and function of a bound method made by `bindMethod`, if `f` is one. */
export function boundMethodOf(f: Function): { self: object; fn: Function } | undefined {
  return bound.get(f);
}
