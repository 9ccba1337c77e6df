// Queue, PriorityQueue, LifoQueue with put/get waiters and task_done/join.
// Mirrors Lib/asyncio/queues.py (3.11).
import { pyClass } from "../builtins/classinfo.js";
import { ValueError } from "../builtins/exceptions.js";
import { async_def } from "./coroutine.js";
import { getEventLoop } from "./current.js";
import { QueueEmpty, QueueFull } from "./exceptions.js";
import { Future } from "./future.js";
import { Event } from "./locks.js";

function removeItem<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

/** `asyncio.Queue(maxsize=0)`: FIFO. */
export class Queue<T = unknown> {
  _maxsize: number;
  _getters: Future<unknown>[] = [];
  _putters: Future<unknown>[] = [];
  _unfinished_tasks = 0;
  _finished = new Event();
  _queue: T[] = [];
  private _head = 0;

  constructor(maxsize: number | Record<string, unknown> = 0) {
    this._maxsize = typeof maxsize === "number" ? maxsize : Number(maxsize.maxsize ?? 0);
    this._finished.set();
  }

  protected _put(item: T): void {
    this._queue.push(item);
  }

  protected _get(): T {
    const item = this._queue[this._head];
    this._head += 1;
    if (this._head > 1024 && this._head * 2 > this._queue.length) {
      this._queue = this._queue.slice(this._head);
      this._head = 0;
    }
    return item;
  }

  private _wakeupNext(waiters: Future<unknown>[]): void {
    while (waiters.length > 0) {
      const w = waiters.shift() as Future<unknown>;
      if (!w.done()) {
        w.set_result(null);
        break;
      }
    }
  }

  /** Number of items queued. */
  qsize(): number {
    return this._queue.length - this._head;
  }

  /** The size limit (0 = unbounded). */
  get maxsize(): number {
    return this._maxsize;
  }

  /** True when no item is queued. */
  empty(): boolean {
    return this.qsize() === 0;
  }

  /** True when `maxsize` items are queued. */
  full(): boolean {
    return this._maxsize > 0 && this.qsize() >= this._maxsize;
  }

  /** Puts an item, waiting while the queue is full. */
  async put(item: T): Promise<null> {
    while (this.full()) {
      const putter = Future._labelled<unknown>(getEventLoop(), "Queue.put()");
      this._putters.push(putter);
      try {
        await putter;
      } catch (e) {
        putter.cancel();
        removeItem(this._putters, putter);
        if (!this.full() && !putter.cancelled()) this._wakeupNext(this._putters);
        throw e;
      }
    }
    this.put_nowait(item);
    return null;
  }

  /** Puts an item or raises QueueFull. */
  put_nowait(item: T): null {
    if (this.full()) throw new QueueFull();
    this._put(item);
    this._unfinished_tasks += 1;
    this._finished.clear();
    this._wakeupNext(this._getters);
    return null;
  }

  /** Removes and returns an item, waiting while the queue is empty. */
  async get(): Promise<T> {
    while (this.empty()) {
      const getter = Future._labelled<unknown>(getEventLoop(), "Queue.get()");
      this._getters.push(getter);
      try {
        await getter;
      } catch (e) {
        getter.cancel();
        removeItem(this._getters, getter);
        if (!this.empty() && !getter.cancelled()) this._wakeupNext(this._getters);
        throw e;
      }
    }
    return this.get_nowait();
  }

  /** Removes and returns an item or raises QueueEmpty. */
  get_nowait(): T {
    if (this.empty()) throw new QueueEmpty();
    const item = this._get();
    this._wakeupNext(this._putters);
    return item;
  }

  /** Marks one fetched item as processed. */
  task_done(): null {
    if (this._unfinished_tasks <= 0) throw new ValueError("task_done() called too many times");
    this._unfinished_tasks -= 1;
    if (this._unfinished_tasks === 0) this._finished.set();
    return null;
  }

  /** Waits until every item put has been marked done. */
  async join(): Promise<null> {
    if (this._unfinished_tasks > 0) await this._finished.wait();
    return null;
  }
}
async_def.methods(Queue, "put", "get", "join");

/** Python's `<` for the values priority queues hold: numbers, strings, tuples/lists. */
function pyLess(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (pyLess(a[i], b[i])) return true;
      if (pyLess(b[i], a[i])) return false;
    }
    return a.length < b.length;
  }
  const lt = (a as { __lt__?: (o: unknown) => unknown }).__lt__;
  if (typeof lt === "function") return Boolean(lt.call(a, b));
  return (a as number) < (b as number);
}

function siftDown<T>(heap: T[], startpos: number, pos: number): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (!pyLess(newitem, parent)) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = newitem;
}

function siftUp<T>(heap: T[], pos: number): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !pyLess(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftDown(heap, startpos, pos);
}

/** `asyncio.PriorityQueue`: smallest item first (heapq's exact sift order). */
export class PriorityQueue<T = unknown> extends Queue<T> {
  protected override _put(item: T): void {
    this._queue.push(item);
    siftDown(this._queue, 0, this._queue.length - 1);
  }

  protected override _get(): T {
    const heap = this._queue;
    const last = heap.pop() as T;
    if (heap.length === 0) return last;
    const top = heap[0];
    heap[0] = last;
    siftUp(heap, 0);
    return top;
  }
}

/** `asyncio.LifoQueue`: last in, first out. */
export class LifoQueue<T = unknown> extends Queue<T> {
  protected override _get(): T {
    return this._queue.pop() as T;
  }
}

for (const cls of [Queue, PriorityQueue, LifoQueue]) pyClass(cls, "asyncio.queues");
