// The order CPython iterates a set of small ints in: it follows the hash table's slots, not
// insertion. Simulates set_add_entry, set_table_resize and set_merge of Objects/setobject.c (3.11)
// and the compiler's frozenset constants for set displays.

const LINEAR_PROBES = 9;

function hashOf(n: number): number {
  return n === -1 ? -2 : n;
}

/** A CPython set table holding only keys (no dummies: deletions are not modelled). */
class Table {
  mask = 7;
  slots: (number | undefined)[] = new Array(8);
  used = 0;

  insertClean(key: number): void {
    const h = BigInt.asUintN(64, BigInt(hashOf(key)));
    let perturb = h;
    let i = Number(h & BigInt(this.mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        if (this.slots[i + j] === undefined) {
          this.slots[i + j] = key;
          return;
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(this.mask));
    }
  }

  resize(minused: number): void {
    let size = 8;
    while (size <= minused) size *= 2;
    const old = this.keys();
    this.slots = new Array(size);
    this.mask = size - 1;
    for (const k of old) this.insertClean(k);
  }

  /** set_add_entry for a new key, with its growth rule. */
  add(key: number): void {
    this.insertClean(key);
    this.used++;
    if (this.used * 5 >= this.mask * 3)
      this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_merge into this empty table: `set().update(frozenset)`, as a constant set display. */
  mergeFrom(other: Table): void {
    if ((this.used + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.mask === other.mask) this.slots = [...other.slots];
    else for (const k of other.keys()) this.insertClean(k);
    this.used += other.used;
  }

  keys(): number[] {
    return this.slots.filter((k): k is number => k !== undefined);
  }
}

/**
 * The iteration order CPython gives a set of ints in ±2^31, or null (the caller keeps insertion
 * order). The first `displayCount` items came from a constant set display (`{1, 2, 3}`), which
 * CPython builds as a frozenset merged into an empty set; the rest were added one by one.
 */
export function cpythonSetOrder(items: unknown[], displayCount = 0): number[] | null {
  if (items.length < 2 || items.length > 10000) return null;
  for (const x of items) {
    if (typeof x !== "number" || !Number.isInteger(x) || Math.abs(x) >= 2 ** 31) return null;
  }
  const keys = items as number[];
  const table = new Table();
  let start = 0;
  if (displayCount >= 3) {
    // The compiler folds the display into a frozenset constant, and then rebuilds that constant
    // from its own iteration order (merge_consts_recursive in Python/compile.c).
    const folded = new Table();
    for (const k of keys.slice(0, displayCount)) folded.add(k);
    const constant = new Table();
    for (const k of folded.keys()) constant.add(k);
    table.mergeFrom(constant);
    start = displayCount;
  }
  for (const k of keys.slice(start)) table.add(k);
  return table.keys();
}
