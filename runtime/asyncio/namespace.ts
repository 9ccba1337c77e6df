// Every name of Python's `asyncio` module that the runtime provides (contract §2).

export {
  isCoroutine as iscoroutine,
  isCoroutineFunction as iscoroutinefunction,
} from "./coroutine.js";
export {
  get_running_loop,
  getEventLoop as get_event_loop,
  newEventLoop as new_event_loop,
  set_event_loop,
} from "./current.js";
export { ensure_future } from "./ensure.js";
export {
  CancelledError,
  InvalidStateError,
  QueueEmpty,
  QueueFull,
  TimeoutError,
} from "./exceptions.js";
export { Future, isfuture } from "./future.js";
export { gather } from "./gather.js";
export { Handle, TimerHandle } from "./handle.js";
export { BoundedSemaphore, Condition, Event, Lock, Semaphore } from "./locks.js";
export { EventLoop as AbstractEventLoop } from "./loop.js";
export { LifoQueue, PriorityQueue, Queue } from "./queues.js";
export { Runner, run } from "./run.js";
export { sleep } from "./sleep.js";
export { Task } from "./task.js";
export { TaskGroup } from "./taskgroup.js";
export { all_tasks, create_task, current_task } from "./tasks.js";
export { to_thread } from "./threads.js";
export { Timeout, timeout, timeout_at } from "./timeouts.js";
export {
  ALL_COMPLETED,
  as_completed,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  shield,
  wait,
  wait_for,
} from "./wait.js";
