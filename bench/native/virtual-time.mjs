// A minimal virtual clock for native JS (JS has none): sleep(s) parks a promise in a timer heap
// ordered by (deadline, scheduling order); drive() fires the earliest timer whenever Node's event
// loop comes round with nothing else to do, so the clock jumps instead of waiting.

/** A virtual clock with its own sleep() and a driver that runs a promise to completion. */
export class VirtualClock {
  now = 0;
  #heap = [];
  #seq = 0;

  /** Resolves after `seconds` of virtual time. */
  sleep(seconds) {
    return new Promise((resolve) => {
      this.#push({ at: this.now + seconds, seq: this.#seq++, resolve });
    });
  }

  /** Awaits `promise`, firing timers one at a time each time the microtask queue has drained. */
  async drive(promise) {
    let done = false;
    const settled = promise.finally(() => {
      done = true;
    });
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      if (done) break;
      const timer = this.#pop();
      if (timer === undefined) throw new Error("deadlock: no timer pending");
      this.now = timer.at;
      timer.resolve();
    }
    return settled;
  }

  #before(a, b) {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  #push(timer) {
    const heap = this.#heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  #pop() {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && this.#before(heap[left], heap[least])) least = left;
        if (right < heap.length && this.#before(heap[right], heap[least])) least = right;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least], heap[i]];
        i = least;
      }
    }
    return top;
  }
}
