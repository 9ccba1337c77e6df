// The small static type lattice behind float inference (contract §3) and the choice between
// plain JS operators and `py.*` helpers.

/** What the transpiler knows about a value's Python type. */
export type PyType =
  | "int"
  | "float"
  /** int or float, not known which. */
  | "num"
  | "bool"
  | "str"
  | "none"
  | "list"
  | "tuple"
  | "dict"
  | "set"
  | "unknown"
  /** Not known yet (the bottom of the lattice while inference iterates). */
  | "never";

/** The least type covering both. */
export function join(a: PyType | undefined, b: PyType): PyType {
  if (a === undefined || a === "never" || a === b) return b;
  if (b === "never") return a;
  if (isNumeric(a) && isNumeric(b)) return "num";
  return "unknown";
}

/** int, float, bool or a mix of them: JS arithmetic and comparisons are Python's. */
export function isNumeric(t: PyType): boolean {
  return t === "int" || t === "float" || t === "num" || t === "bool";
}

/** Types whose truthiness JS computes the way Python does (floats may be `asFloat` boxes, which
 * JS finds always true). */
export function hasJsTruthiness(t: PyType): boolean {
  return t === "int" || t === "bool" || t === "str" || t === "none";
}

/** Types whose `==` is JS `===`. */
export function isPrimitive(t: PyType): boolean {
  return isNumeric(t) || t === "str" || t === "none";
}

/** `module.function` results that are floats. */
export const floatFunctions = new Set([
  "time.time",
  "time.monotonic",
  "time.perf_counter",
  "time.process_time",
  "random.random",
  "random.uniform",
  "random.gauss",
  "random.expovariate",
  "random.normalvariate",
  "random.triangular",
  "math.sqrt",
  "math.exp",
  "math.log",
  "math.log2",
  "math.log10",
  "math.sin",
  "math.cos",
  "math.tan",
  "math.atan",
  "math.atan2",
  "math.hypot",
  "math.fabs",
  "math.pow",
  "math.radians",
  "math.degrees",
  "math.fsum",
]);

/** `module.function` results that are ints. */
export const intFunctions = new Set([
  "time.time_ns",
  "time.monotonic_ns",
  "time.perf_counter_ns",
  "random.randint",
  "random.randrange",
  "random.getrandbits",
  "math.floor",
  "math.ceil",
  "math.trunc",
  "math.factorial",
  "math.gcd",
  "math.isqrt",
  "math.comb",
  "math.perm",
]);

/** Builtin functions with a fixed result type. */
export const builtinResults: Record<string, PyType> = {
  int: "int",
  len: "int",
  ord: "int",
  hash: "int",
  id: "int",
  float: "float",
  str: "str",
  repr: "str",
  format: "str",
  chr: "str",
  ascii: "str",
  bool: "bool",
  isinstance: "bool",
  issubclass: "bool",
  callable: "bool",
  hasattr: "bool",
  any: "bool",
  all: "bool",
  list: "list",
  sorted: "list",
  tuple: "tuple",
  dict: "dict",
  set: "set",
  divmod: "tuple",
};

/** `module.function` results that are strs. */
export const strFunctions = new Set(["time.strftime", "time.ctime", "time.asctime"]);

/** Module constants that are floats. */
export const floatConstants = new Set(["math.pi", "math.e", "math.tau", "math.inf", "math.nan"]);
