// The order CPython iterates a set of small ints in: it follows the hash table's slots, not
// insertion. Simulates set_add_entry, set_table_resize and set_merge of Objects/setobject.c (3.11)
// and the compiler's frozenset constants for set displays.

import { pyHash } from "./pyhash.js";

const LINEAR_PROBES = 9;

interface Entry {
  key: unknown;
  hash: bigint;
}

/** A CPython set table holding only keys (no dummies: deletions are not modelled). */
class Table {
  mask = 7;
  slots: (Entry | undefined)[] = new Array(8);
  used = 0;

  insertClean(entry: Entry): void {
    const h = BigInt.asUintN(64, entry.hash);
    let perturb = h;
    let i = Number(h & BigInt(this.mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        if (this.slots[i + j] === undefined) {
          this.slots[i + j] = entry;
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
    const old = this.entries();
    this.slots = new Array(size);
    this.mask = size - 1;
    for (const e of old) this.insertClean(e);
  }

  /** set_add_entry for a new key, with its growth rule. */
  add(entry: Entry): void {
    this.insertClean(entry);
    this.used++;
    if (this.used * 5 >= this.mask * 3)
      this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_merge into this empty table: `set().update(frozenset)`, as a constant set display. */
  mergeFrom(other: Table): void {
    if ((this.used + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.mask === other.mask) this.slots = [...other.slots];
    else for (const e of other.entries()) this.insertClean(e);
    this.used += other.used;
  }

  entries(): Entry[] {
    return this.slots.filter((e): e is Entry => e !== undefined);
  }
}

/**
 * The iteration order CPython gives a set of `items` (in insertion order), or null when some item
 * has no fixed hash (str, None, objects): the caller keeps insertion order. The first
 * `displayCount` items came from a constant set display (`{1, 2, 3}`), which CPython builds as a
 * frozenset merged into an empty set; the rest were added one by one.
 */
export function cpythonSetOrder(items: unknown[], displayCount = 0): unknown[] | null {
  if (items.length < 2 || items.length > 10000) return null;
  const entries: Entry[] = [];
  for (const key of items) {
    const hash = pyHash(key);
    if (hash === null) return null;
    entries.push({ key, hash });
  }
  const table = new Table();
  let start = 0;
  if (displayCount >= 3) {
    // The compiler folds the display into a frozenset constant, and then rebuilds that constant
    // from its own iteration order (merge_consts_recursive in Python/compile.c).
    const folded = new Table();
    for (const e of entries.slice(0, displayCount)) folded.add(e);
    const constant = new Table();
    for (const e of folded.entries()) constant.add(e);
    table.mergeFrom(constant);
    start = displayCount;
  }
  for (const e of entries.slice(start)) table.add(e);
  return table.entries().map((e) => e.key);
}
