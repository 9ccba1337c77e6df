// The `await` sites an exception crossed where its own JS stack cannot show them (between tasks,
// out of an `async with`'s `__aexit__`): runtime/program.ts turns them into traceback frames.

/**
 * JS stacks of the `await` sites an exception crossed between tasks, outermost first: a task
 * awaiting `gather(...)` or `wait_for(...)` adds the stack taken where it called them, and an
 * exception raised by `__aexit__` the stack of the `async with`, so that the traceback shows the
 * awaiting coroutine's frame as CPython's does.
 */
export const AWAIT_SITES = Symbol.for("asyncio-ts.await-sites");

/** The await sites `exc` carries now (a copy), to restore when it is raised again. */
export function awaitSitesOf(exc: unknown): string[] | undefined {
  if (typeof exc !== "object" || exc === null) return undefined;
  const sites = (exc as Record<symbol, string[] | undefined>)[AWAIT_SITES];
  return sites === undefined ? undefined : [...sites];
}

/**
 * Puts back the sites `exc` had when a future stored it: CPython re-raises a stored exception
 * `with_traceback(self._exception_tb)`, dropping the frames of earlier re-raises.
 */
export function restoreAwaitSites(exc: unknown, sites: string[] | undefined): void {
  if (typeof exc !== "object" || exc === null) return;
  Object.defineProperty(exc, AWAIT_SITES, {
    value: sites === undefined ? [] : [...sites],
    configurable: true,
    writable: true,
  });
}

/**
 * Set on an exception raised again by a future whose traceback was already used: CPython's
 * `Future.result()` restores the stored traceback once, then raises with an empty one, so the
 * frames where the exception was first raised (its JS stack) are left out.
 */
export const NO_OWN_FRAMES = Symbol.for("asyncio-ts.no-own-frames");

/** Whether `exc`'s own (JS stack) frames belong in its traceback now. */
export function ownFramesShown(exc: unknown): boolean {
  if (typeof exc !== "object" || exc === null) return true;
  return (exc as Record<symbol, boolean | undefined>)[NO_OWN_FRAMES] !== true;
}

/** Marks whether `exc`'s own (JS stack) frames belong in its traceback. */
export function setOwnFrames(exc: unknown, shown: boolean): void {
  if (typeof exc !== "object" || exc === null) return;
  Object.defineProperty(exc, NO_OWN_FRAMES, { value: !shown, configurable: true, writable: true });
}

/** Records that `exc` passed through the await whose call-site stack is `site`. */
export function addAwaitSite(exc: unknown, site: string | undefined): void {
  if (site === undefined || typeof exc !== "object" || exc === null) return;
  const holder = exc as Record<symbol, string[] | undefined>;
  const sites = holder[AWAIT_SITES] ?? [];
  if (sites.includes(site)) return;
  sites.unshift(site);
  Object.defineProperty(exc, AWAIT_SITES, { value: sites, configurable: true, writable: true });
}

/**
 * `await t` where `t` is a name or attribute (not a call) → `await py.awaiting(t)`: when `t` is a
 * task or future, an exception it delivers gains the awaiting frame (CPython shows `await t`'s line),
 * which a JS stack cannot show across tasks. Other values pass through unchanged.
 */
export function awaiting<T>(x: T): T {
  const then = (x as { then?: unknown } | null)?.then;
  if (x === null || typeof x !== "object" || typeof then !== "function") return x;
  const site = new Error();
  const wrapped = {
    // biome-ignore lint/suspicious/noThenProperty: forwards the await to the task or future.
    then(resolve: (v: unknown) => unknown, reject: (e: unknown) => unknown): unknown {
      return then.call(x, resolve, (e: unknown) => {
        addAwaitSite(e, site.stack);
        return reject(e);
      });
    },
  };
  return wrapped as T;
}

/** Where `raise e` raised an exception made earlier (a JS stack), for its traceback. */
export const RAISE_SITE = Symbol.for("asyncio-ts.raise-site");

/** `raise e` of an exception made before: records this raise site; returns `e` to throw. */
export function raising<T>(e: T): T {
  if (typeof e === "object" && e !== null) {
    Object.defineProperty(e, RAISE_SITE, {
      value: new Error().stack,
      configurable: true,
      writable: true,
    });
  }
  return e;
}
