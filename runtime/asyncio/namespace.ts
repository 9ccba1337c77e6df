// Every name of Python's `asyncio` module that the runtime provides (contract §2).
export {
  CancelledError,
  InvalidStateError,
  QueueEmpty,
  QueueFull,
  TimeoutError,
} from "./exceptions.js";
export { Future, isfuture } from "./future.js";
export { Task } from "./task.js";
export { EventLoop as AbstractEventLoop } from "./loop.js";
export { Handle, TimerHandle } from "./handle.js";
export {
  get_running_loop,
  getEventLoop as get_event_loop,
  newEventLoop as new_event_loop,
  set_event_loop,
} from "./current.js";
export {
  isCoroutine as iscoroutine,
  isCoroutineFunction as iscoroutinefunction,
} from "./coroutine.js";
export { ensure_future } from "./ensure.js";
export { sleep } from "./sleep.js";
export { gather } from "./gather.js";
export { create_task, current_task, all_tasks } from "./tasks.js";
export { run, Runner } from "./run.js";
export {
  ALL_COMPLETED,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  as_completed,
  shield,
  wait,
  wait_for,
} from "./wait.js";
export { Timeout, timeout, timeout_at } from "./timeouts.js";
export { TaskGroup } from "./taskgroup.js";
export { LifoQueue, PriorityQueue, Queue } from "./queues.js";
export { BoundedSemaphore, Condition, Event, Lock, Semaphore } from "./locks.js";
export { to_thread } from "./threads.js";
