// Keyword arguments as emitted code passes them: one trailing plain object literal (contract §1).

/** True for a plain object literal (`{...}`): never a Python value, so it carries keyword arguments. */
export function isKwargs(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/**
 * Splits a call's arguments into positional arguments and keyword arguments: a trailing plain
 * object (prototype === Object.prototype) holds the keywords; otherwise there are none.
 */
export function splitKwargs(args: unknown[]): [unknown[], Record<string, unknown>] {
  if (args.length > 0 && isKwargs(args[args.length - 1])) {
    return [args.slice(0, -1), args[args.length - 1] as Record<string, unknown>];
  }
  return [args, {}];
}
