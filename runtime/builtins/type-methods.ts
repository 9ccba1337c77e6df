// Python's unbound methods on the builtin type objects, so emitted code can write
// `str.split(s, ",")`, `str.join(", ", xs)`, `list.pop(xs, 0)` or `dict.fromkeys(keys)`.

import { dict, list, str, tuple } from "./constructors.js";
import { PyDict } from "./dict.js";
import { listMethods } from "./list-methods.js";
import { strMethods } from "./str-methods.js";

Object.assign(str, strMethods);
Object.assign(list, listMethods);
Object.assign(tuple, { index: listMethods.index, count: listMethods.count });
Object.assign(dict, {
  fromkeys: PyDict.fromkeys,
  get: (d: PyDict, k: unknown, dflt: unknown = null) => d.get(k, dflt),
  keys: (d: PyDict) => d.keys(),
  values: (d: PyDict) => d.values(),
  items: (d: PyDict) => d.items(),
  pop: (d: PyDict, ...args: [unknown, unknown?]) => d.pop(...args),
  update: (d: PyDict, ...args: unknown[]) => d.update(...args),
  setdefault: (d: PyDict, k: unknown, dflt: unknown = null) => d.setdefault(k, dflt),
  copy: (d: PyDict) => d.copy(),
  clear: (d: PyDict) => {
    d.clear();
    return null;
  },
});

/** The builtin types with their unbound methods attached (importing this module attaches them). */
export const typesWithMethods = { str, list, tuple, dict };
