// The order CPython iterates a set of small ints in: it follows the hash table's slots, not
// insertion. Simulates set_add_entry / set_table_resize of Objects/setobject.c (3.11).

const LINEAR_PROBES = 9;

function hashOf(n: number): number {
  return n === -1 ? -2 : n;
}

function insertClean(table: (number | undefined)[], mask: number, key: number): void {
  const h = hashOf(key);
  let perturb = BigInt.asUintN(64, BigInt(h));
  let i = Number(BigInt.asUintN(64, BigInt(h)) & BigInt(mask));
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      if (table[i + j] === undefined) {
        table[i + j] = key;
        return;
      }
    }
    perturb >>= 5n;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

/**
 * The iteration order CPython gives a set built by adding `items` one by one, when every item is
 * an int in ±2^31; otherwise null (the caller keeps insertion order).
 */
export function cpythonSetOrder(items: unknown[]): number[] | null {
  if (items.length < 2 || items.length > 10000) return null;
  for (const x of items) {
    if (typeof x !== "number" || !Number.isInteger(x) || Math.abs(x) >= 2 ** 31) return null;
  }
  let mask = 7;
  let table: (number | undefined)[] = new Array(8);
  let used = 0;
  for (const x of items as number[]) {
    insertClean(table, mask, x);
    used++;
    if (used * 5 >= mask * 3) {
      let size = 8;
      while (size <= used * 4) size *= 2;
      const old = table;
      table = new Array(size);
      mask = size - 1;
      for (const k of old) if (k !== undefined) insertClean(table, mask, k);
    }
  }
  return table.filter((k): k is number => k !== undefined);
}
