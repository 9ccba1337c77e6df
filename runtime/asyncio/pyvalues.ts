// The Python containers asyncio returns (sets of tasks, tuples of sets), built with the builtins' classes.
import { PySet } from "../builtins/set.js";
import { PyTuple } from "../builtins/tuple.js";

/** A Python set of the items, in the given order. */
export function set<T>(items: Iterable<T>): PySet<T> {
  return new PySet<T>(items);
}

/** A Python tuple of the items. */
export function tuple<T>(...items: T[]): PyTuple<T> {
  return PyTuple.of(...items);
}
