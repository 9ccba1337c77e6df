// Task-lifecycle events for the playground's timeline; the runtime emits them, front ends draw them.

/** One thing that happened in the runtime, stamped with the clock time in seconds. */
export interface RuntimeEvent {
  kind:
    | "task-created"
    | "task-started"
    | "task-suspended"
    | "task-resumed"
    | "task-done"
    | "task-cancelled"
    | "task-failed"
    | "print"
    | "blocking-sleep";
  /** Loop time in seconds (virtual or real). */
  time: number;
  /** Task id (creation order, 1-based); 0 for code outside any task. */
  task: number;
  name?: string;
  /** What a suspended task waits on, e.g. "sleep(1)" or "Task-2". */
  awaiting?: string;
  stream?: "stdout" | "stderr";
  text?: string;
  /** For blocking-sleep: how long the loop stalled, in seconds. */
  duration?: number;
}

let listener: ((e: RuntimeEvent) => void) | undefined;

/** Installs (or removes, with undefined) the one event listener. */
export function setEventListener(fn: ((e: RuntimeEvent) => void) | undefined): void {
  listener = fn;
}

/** True when someone listens, so emitters can skip building events. */
export function eventsWanted(): boolean {
  return listener !== undefined;
}

/** Sends one event to the listener, if any. */
export function emitEvent(e: RuntimeEvent): void {
  listener?.(e);
}
