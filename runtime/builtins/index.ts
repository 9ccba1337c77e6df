// Python's builtins for emitted code: the names of contract §2 plus the value classes and the
// hooks the rest of the runtime needs (output sink, tracebacks, class names).

import "./generator.js";
import "./list-methods.js";
import "./str-methods.js";

export { divmod, NotImplemented } from "./arith.js";
export { pyClass } from "./classinfo.js";
export {
  async_generator,
  bool,
  float,
  function_,
  generator,
  int,
  NoneType,
  object,
  PyObject,
  type,
} from "./constructors.js";
export { DictView, PyDict } from "./dict.js";
export { exc, getattr, hasattr, setattr } from "./exc.js";
export * from "./exceptions.js";
export { asFloat, floatRepr, isFloatValue, PyFloat } from "./float.js";
export { format, percent, strFormat } from "./format.js";
export {
  abs,
  aiter,
  all,
  anext,
  any,
  ascii,
  bin,
  callable,
  chr,
  enumerate,
  filter,
  hash,
  hex,
  input,
  map,
  max,
  min,
  oct,
  ord,
  pow,
  reversed,
  round,
  sorted,
  sum,
  zip,
} from "./functions.js";
export { address, id, resetIds } from "./ids.js";
export { contains, len } from "./items.js";
export { iter, next, PyIterator } from "./iteration.js";
export { isKwargs, splitKwargs } from "./kwargs.js";
export { CLASHING_METHODS } from "./method.js";
export type { OutputSink } from "./output.js";
export { setOutputSink, writeStderr, writeStdout } from "./output.js";
export { print } from "./print.js";
export { py } from "./py.js";
export { isinstance, issubclass, typeName, typeOf } from "./pytype.js";
export { PyRange, range } from "./range.js";
export { markBuiltinFunction, repr, toStr } from "./repr.js";
export { PySet } from "./set.js";
export type { Frame, FramesOf } from "./traceback.js";
export { formatException, formatExceptionOnly, printException } from "./traceback.js";
export { truthy } from "./truthy.js";
export { PyTuple } from "./tuple.js";
export { dict, list, set, str, tuple } from "./type-methods.js";
