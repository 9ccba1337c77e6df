// Module-level task functions: create_task, current_task, all_tasks, ensure_future's friends.
// Mirrors Lib/asyncio/tasks.py (`create_task`, `current_task`, `all_tasks`).
import { splitKwargs } from "../builtins/kwargs.js";
import type { Coroutine } from "./coroutine.js";
import { get_running_loop } from "./current.js";
import type { EventLoop } from "./loop.js";
import { set } from "./pyvalues.js";
import type { Task } from "./task.js";

/**
 * `asyncio.create_task(coro, name=None)`: schedules the coroutine on the running loop. As in
 * CPython 3.11 the task is made unnamed (taking a `Task-N` number) and renamed afterwards.
 */
export function create_task<T>(coro: Coroutine<T>, ...rest: unknown[]): Task<T> {
  const [, kw] = splitKwargs(rest);
  const loop = get_running_loop();
  const task = loop.create_task(coro);
  if (kw.name !== undefined && kw.name !== null) task.set_name(kw.name);
  return task;
}

/** `asyncio.current_task()`: the task whose step is running, or None. */
export function current_task(loop?: EventLoop | null): Task<unknown> | null {
  const l = loop ?? get_running_loop();
  return l._stepping;
}

/** `asyncio.all_tasks()`: the loop's unfinished tasks, in creation order (VIRTUAL-TIME.md pins it). */
export function all_tasks(loop?: EventLoop | null): Set<Task<unknown>> {
  const l = loop ?? get_running_loop();
  return set([...l._tasks].filter((t) => !t.done()));
}
