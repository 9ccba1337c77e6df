// `asyncio.to_thread`: there are no threads here, so the function runs inline when awaited
// (documented limitation), after which the task yields once as if an executor had finished it.
import { splitKwargs } from "../builtins/kwargs.js";
import { Coroutine } from "./coroutine.js";
import { sleep } from "./sleep.js";

/** `asyncio.to_thread(func, *args, **kwargs)`: runs `func` inline in the awaiting task. */
export function to_thread<T>(func: (...args: unknown[]) => T, ...rest: unknown[]): Coroutine<T> {
  const [args, kw] = splitKwargs(rest);
  const callArgs = Object.keys(kw).length > 0 ? [...args, kw] : args;
  return new Coroutine<T>(
    async () => {
      const result = func(...callArgs);
      await sleep(0);
      return result;
    },
    null,
    [],
    "to_thread",
    "to_thread",
  );
}
