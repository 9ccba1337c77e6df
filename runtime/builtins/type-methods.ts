// Python's unbound methods on the builtin type objects, so emitted code can write
// `str.split(s, ",")`, `str.join(", ", xs)`, `list.pop(xs, 0)` or `dict.fromkeys(keys)`.

import {
  dict as dictType,
  list as listType,
  set as setType,
  str as strType,
  tuple as tupleType,
} from "./constructors.js";
import { PyDict } from "./dict.js";
import { listMethods } from "./list-methods.js";
import { PySet } from "./set.js";
import { strMethods } from "./str-methods.js";

/** Python's `str`, with every str method as a function taking the string first. */
export const str = Object.assign(strType, strMethods);

/** Python's `list`, with every list method as a function taking the list first. */
export const list = Object.assign(listType, listMethods);

/** Python's `tuple`, with `index` and `count`. */
export const tuple = Object.assign(tupleType, {
  index: listMethods.index,
  count: listMethods.count,
});

/** Python's `set`, with `set.display([...])` for a set display of constants (`{1, 2, 3}`). */
export const set = Object.assign(setType, {
  display: <T>(items: Iterable<T>) => PySet.display(items),
});

/** Python's `dict`, with `fromkeys` and the dict methods taking the dict first. */
export const dict = Object.assign(dictType, {
  fromkeys: PyDict.fromkeys,
  get: (d: PyDict, k: unknown, dflt: unknown = null) => d.get(k, dflt),
  keys: (d: PyDict) => d.keys(),
  values: (d: PyDict) => d.values(),
  items: (d: PyDict) => d.items(),
  pop: (d: PyDict, k: unknown, ...dflt: unknown[]) => d.pop(k, ...dflt),
  update: (d: PyDict, ...args: unknown[]) => d.update(...args),
  setdefault: (d: PyDict, k: unknown, dflt: unknown = null) => d.setdefault(k, dflt),
  copy: (d: PyDict) => d.copy(),
  clear: (d: PyDict) => {
    d.clear();
    return null;
  },
});
