// The `py` namespace of operator helpers emitted code calls where Python's semantics differ from
// JS's (contract §1).

import {
  add,
  and_,
  divmod,
  floordiv,
  invert,
  lshift,
  mod,
  mul,
  neg,
  or_,
  pow,
  rshift,
  sub,
  truediv,
  xor,
} from "./arith.js";
import { checkedAwaiting } from "./await-check.js";
import { raising } from "./await-sites.js";
import { call, callKw } from "./call.js";
import { eq, ge, gt, le, lt, ne } from "./compare.js";
import { exc, getattr } from "./exc.js";
import { exceptStar } from "./except-star.js";
import { percent } from "./format.js";
import { iadd, iand, imul, ior, isub, ixor } from "./inplace.js";
import { instanceDict } from "./instance-dict.js";
import { contains, delitem, getitem, len, setitem, slice } from "./items.js";
import { method } from "./method.js";
import { aenter, aexit, enter, exit, pyAiter, pyIter } from "./protocols.js";
import { truthy } from "./truthy.js";
import { bound, del, unbound } from "./unbound.js";

/** Operator helpers: `py.floordiv(a, b)`, `py.getitem(o, k)`, `py.aiter(x)`, … */
export const py = {
  add,
  sub,
  mul,
  truediv,
  floordiv,
  mod,
  pow,
  neg,
  divmod,
  or_,
  and_,
  xor,
  lshift,
  rshift,
  invert,
  iadd,
  isub,
  imul,
  ior,
  iand,
  ixor,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  contains,
  /** `x not in c`. */
  notContains: (c: unknown, x: unknown): boolean => !contains(c, x),
  truthy,
  /** Python's `not x`. */
  not: (x: unknown): boolean => !truthy(x),
  getitem,
  setitem,
  delitem,
  slice,
  len,
  iter: pyIter,
  aiter: pyAiter,
  exc,
  enter,
  exit,
  aenter,
  aexit,
  getattr,
  percent,
  method,
  call,
  callKw,
  awaiting: checkedAwaiting,
  raising,
  dictOf: instanceDict,
  exceptStar,
  bound,
  del,
  unbound,
};
