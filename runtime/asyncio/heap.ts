// A binary min-heap of timer handles ordered by (deadline ns, sequence): the loop's `_scheduled`.
// Sifts move a hole rather than swapping pairs, as Lib/heapq.py does.
import type { TimerHandle } from "./handle.js";

function before(a: TimerHandle, b: TimerHandle): boolean {
  return a._whenNs < b._whenNs || (a._whenNs === b._whenNs && a._seq < b._seq);
}

/** Timers ordered by deadline, equal deadlines in scheduling order. */
export class TimerHeap {
  private items: TimerHandle[] = [];

  /** Number of timers held (cancelled ones included until popped). */
  get size(): number {
    return this.items.length;
  }

  /** The earliest timer, if any. */
  peek(): TimerHandle | undefined {
    return this.items[0];
  }

  /** Adds a timer. */
  push(t: TimerHandle): void {
    const a = this.items;
    let i = a.length;
    a.push(t);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = a[p];
      if (!before(t, parent)) break;
      a[i] = parent;
      i = p;
    }
    a[i] = t;
  }

  /** Removes and returns the earliest timer. */
  pop(): TimerHandle | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop() as TimerHandle;
    const n = a.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && before(a[c + 1], a[c])) c += 1;
        if (!before(a[c], last)) break;
        a[i] = a[c];
        i = c;
      }
      a[i] = last;
    }
    return top;
  }

  /** Drops every timer. */
  clear(): void {
    this.items = [];
  }
}
