// A binary min-heap of timer handles ordered by (deadline ns, sequence): the loop's `_scheduled`.
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
    a.push(t);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  /** Removes and returns the earliest timer. */
  pop(): TimerHandle | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop() as TimerHandle;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l], a[m])) m = l;
        if (r < a.length && before(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }

  /** Drops every timer. */
  clear(): void {
    this.items = [];
  }
}
