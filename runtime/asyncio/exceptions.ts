// asyncio's own exception classes. Mirrors Lib/asyncio/exceptions.py (3.11).
import { pyClass } from "../builtins/classinfo.js";
import { BaseException, Exception, TimeoutError } from "../builtins/exceptions.js";

/** The operation was cancelled; a BaseException since 3.8 so `except Exception` does not swallow it. */
export class CancelledError extends BaseException {}

/**
 * A CancelledError made by the loop itself (a task woken by a cancelled future, gather's results),
 * where no program frame is on the JS stack: built without capturing a stack, which is most of its
 * cost in V8 (bench/findings.md: cancel churn 441 → 270 ms).
 */
export function loopCancelledError(...args: unknown[]): CancelledError {
  const ctor = Error as { stackTraceLimit?: number };
  const limit = ctor.stackTraceLimit;
  ctor.stackTraceLimit = 0;
  try {
    return new CancelledError(...args);
  } finally {
    ctor.stackTraceLimit = limit;
  }
}

/** Invalid internal state of a Task or Future (e.g. `result()` before it is done). */
export class InvalidStateError extends Exception {}

/** Raised by `Queue.get_nowait()` on an empty queue. */
export class QueueEmpty extends Exception {}

/** Raised by `Queue.put_nowait()` on a full queue. */
export class QueueFull extends Exception {}

pyClass(CancelledError, "asyncio.exceptions", "CancelledError");
pyClass(InvalidStateError, "asyncio.exceptions", "InvalidStateError");
pyClass(QueueEmpty, "asyncio.queues", "QueueEmpty");
pyClass(QueueFull, "asyncio.queues", "QueueFull");

/** `asyncio.TimeoutError` is the builtin TimeoutError since 3.11. */
export { TimeoutError };
