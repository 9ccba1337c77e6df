// Python's `id()` and `hash()`, and the `0x…` addresses in default reprs: stable per object and
// deterministic per run, so outputs can be compared. Mirrors Objects/object.c (id) and Python/pyhash.c.

const ids = new WeakMap<object, number>();
const primitiveIds = new Map<unknown, number>();
let nextId = 0;

/** Forgets every id handed out, so that a new program run starts from the same addresses. */
export function resetIds(): void {
  primitiveIds.clear();
  nextId = 0;
}

/** A CPython-looking address for an object: `0x7f…`, 16 bytes apart in creation order. */
export function id(x: unknown): number {
  const holder = x !== null && (typeof x === "object" || typeof x === "function");
  let n = holder ? ids.get(x as object) : primitiveIds.get(x);
  if (n === undefined) {
    n = 0x7f3a10000000 + 0x50 * nextId++;
    if (holder) ids.set(x as object, n);
    else primitiveIds.set(x, n);
  }
  return n;
}

/** `0x…` text of `id(x)`, as in `<function f at 0x7f3a10000000>`. */
export function address(x: unknown): string {
  return `0x${id(x).toString(16)}`;
}
