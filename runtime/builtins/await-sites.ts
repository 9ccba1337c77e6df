// The `await` sites an exception crossed where its own JS stack cannot show them (between tasks,
// out of an `async with`'s `__aexit__`): runtime/program.ts turns them into traceback frames.

/**
 * JS stacks of the `await` sites an exception crossed between tasks, outermost first: a task
 * awaiting `gather(...)` or `wait_for(...)` adds the stack taken where it called them, and an
 * exception raised by `__aexit__` the stack of the `async with`, so that the traceback shows the
 * awaiting coroutine's frame as CPython's does.
 */
export const AWAIT_SITES = Symbol.for("asyncio-ts.await-sites");

/** Records that `exc` passed through the await whose call-site stack is `site`. */
export function addAwaitSite(exc: unknown, site: string | undefined): void {
  if (site === undefined || typeof exc !== "object" || exc === null) return;
  const holder = exc as Record<symbol, string[] | undefined>;
  const sites = holder[AWAIT_SITES] ?? [];
  if (sites.includes(site)) return;
  sites.unshift(site);
  Object.defineProperty(exc, AWAIT_SITES, { value: sites, configurable: true, writable: true });
}
