// Keeps the learner's current program and clock choice in localStorage so a reload restores them.
import type { ClockMode } from "./protocol.js";

const KEY = "asyncio-ts.playground";

/** What survives a reload. */
export interface Saved {
  source: string;
  clock: ClockMode;
  example?: string;
}

/** The saved state, if any (and if storage is available). */
export function loadSaved(): Saved | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Saved>;
    if (typeof value.source !== "string") return null;
    return {
      source: value.source,
      clock: value.clock === "real" ? "real" : "virtual",
      example: value.example,
    };
  } catch {
    return null;
  }
}

/** Saves the state; storage errors (quota, private mode) are ignored. */
export function save(value: Saved): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Storage is optional: without it the code just does not survive a reload.
  }
}
