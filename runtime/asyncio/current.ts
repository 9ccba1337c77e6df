// Which event loop is running and which one `get_event_loop()` returns. Mirrors Lib/asyncio/events.py.
import { RuntimeError } from "../builtins/exceptions.js";
import type { EventLoop } from "./loop.js";

/** The loop state shared by every asyncio module; reset by each program run. */
export const current = {
  /** The loop inside `run_until_complete`, if any. */
  running: null as EventLoop | null,
  /** The loop `get_event_loop()` / `set_event_loop()` refer to. */
  installed: null as EventLoop | null,
  /** Makes a loop; set by loop.ts (kept here so that futures need not import the loop). */
  makeLoop: null as (() => EventLoop) | null,
};

/** `asyncio.get_running_loop()`: the running loop, or RuntimeError. */
export function get_running_loop(): EventLoop {
  if (current.running === null) throw new RuntimeError("no running event loop");
  return current.running;
}

/** `asyncio.get_event_loop()`: the running loop, else the installed one (made on first use). */
export function getEventLoop(): EventLoop {
  if (current.running !== null) return current.running;
  if (current.installed === null) current.installed = newEventLoop();
  return current.installed;
}

/** `asyncio.new_event_loop()`. */
export function newEventLoop(): EventLoop {
  if (current.makeLoop === null) throw new RuntimeError("asyncio loop module not loaded");
  return current.makeLoop();
}

/** `asyncio.set_event_loop(loop)`. */
export function set_event_loop(loop: EventLoop | null): void {
  current.installed = loop;
}
