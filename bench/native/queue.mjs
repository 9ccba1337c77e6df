// Native JS twin of bench/workloads/queue.py: 5,000 pairs of async functions bouncing a counter
// 10 times through two hand-written async queues (JS has no asyncio.Queue; this is the usual one).
const PAIRS = 5_000;
const ROUNDS = 10;

/** An unbounded FIFO whose get() waits for a value: a list of values or of waiting resolvers. */
class AsyncQueue {
  items = [];
  waiters = [];

  put(value) {
    const waiter = this.waiters.shift();
    if (waiter === undefined) this.items.push(value);
    else waiter(value);
  }

  get() {
    if (this.items.length > 0) return Promise.resolve(this.items.shift());
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

async function pinger(ping, pong) {
  let total = 0;
  for (let i = 0; i < ROUNDS; i++) {
    ping.put(i);
    total += await pong.get();
  }
  return total;
}

async function ponger(ping, pong) {
  for (let i = 0; i < ROUNDS; i++) {
    const value = await ping.get();
    pong.put(value + 1);
  }
  return 0;
}

/** Runs the workload; `print` takes one line. */
export async function main(print) {
  const tasks = [];
  for (let i = 0; i < PAIRS; i++) {
    const ping = new AsyncQueue();
    const pong = new AsyncQueue();
    tasks.push(pinger(ping, pong), ponger(ping, pong));
  }
  const results = await Promise.all(tasks);
  print(`queue ${results.length} ${results.reduce((a, b) => a + b, 0)}`);
}
