// The name manager: Python names → JS identifiers (reserved words get a `_` suffix), runtime
// imports under collision-free local names, and fresh temporaries (`claimFreeName`).

const jsReserved = new Set(
  (
    "arguments await break case catch class const continue debugger default delete do else enum " +
    "eval export extends false finally for function if implements import in instanceof interface " +
    "let new null package private protected public return static super switch this throw true " +
    "try typeof undefined var void while with yield NaN Infinity Object Array Map Set Symbol " +
    "Promise Error JSON Math Number String Boolean Date RegExp globalThis console"
  ).split(" "),
);

/** Hands out identifiers for one module. */
export class NameManager {
  private readonly taken = new Set<string>();
  private readonly python = new Set<string>();
  private readonly runtimeLocal = new Map<string, string>();
  /** Runtime names used, as `name` or `name as local`. */
  readonly imports = new Set<string>();

  /** `pythonNames`: every identifier in the program, so fresh names never collide with them. */
  constructor(
    pythonNames: Iterable<string>,
    private readonly userBound: Set<string>,
  ) {
    for (const n of pythonNames) {
      this.taken.add(this.js(n));
      this.python.add(this.js(n));
    }
  }

  /** The JS spelling of a Python name. */
  js(name: string): string {
    return jsReserved.has(name) ? `${name}_` : name;
  }

  /** A fresh identifier based on `base` (`base`, `base2`, …), never used before. */
  claimFreeName(base: string): string {
    let name = base;
    for (let i = 2; this.taken.has(name) || jsReserved.has(name); i++) name = `${base}${i}`;
    this.taken.add(name);
    return name;
  }

  /** `base` itself unless the program uses that name (for block-scoped names such as catch
   * parameters, which may repeat but must not hide a Python variable). */
  blockName(base: string): string {
    return this.python.has(base) ? this.claimFreeName(base) : base;
  }

  /** The local name under which runtime export `name` is imported (recorded as used). */
  runtime(name: string): string {
    let local = this.runtimeLocal.get(name);
    if (!local) {
      local = this.userBound.has(name) ? this.claimFreeName(`${name}_rt`) : name;
      this.taken.add(local);
      this.runtimeLocal.set(name, local);
    }
    this.imports.add(local === name ? name : `${name} as ${local}`);
    return local;
  }
}
