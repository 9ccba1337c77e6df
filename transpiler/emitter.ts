// Emitter state shared by the emit-*.ts files: the printer, the name manager, the current
// Python scope and JS function, comments still to carry over, and the diagnostics.
import type { ClassDefinition, Comment, Expr, Module, Param, Span, VariableName } from "./ast.js";
import type { Analysis } from "./check.js";
import { type Diagnostic, positionAt } from "./diagnostics.js";
import { typeOf } from "./infer.js";
import type { NameManager } from "./names.js";
import type { Printer } from "./printer.js";
import { builtinNames, runtimeModules } from "./runtime-names.js";
import type { Scope } from "./scope.js";
import type { PyType } from "./types.js";

/** The JS function being emitted (the module counts as one). */
export interface FnContext {
  scope: Scope;
  /** The Python name that is `this` here (`self` in methods, `cls` in classmethods). */
  thisName: string | null;
  /** Temporaries and hoisted locals, declared on the placeholder line. */
  hoisted: string[];
  placeholder: number;
  /** Locals already declared (for `let` at the first binding). */
  declared: Set<string>;
  /** JS-async (async def, or a def that runs the event loop, or the module). */
  isAsync: boolean;
  /** The class whose constructor this is, if any. */
  isConstructor: boolean;
}

/** Everything the emit functions share. */
export class Emitter {
  scope: Scope;
  fn: FnContext;
  /** Catch variables of the enclosing `except` handlers (bare `raise` rethrows the innermost). */
  readonly catchVars: string[] = [];
  /** Labels for `break` out of the innermost loop that has an `else` (null: plain break). */
  readonly loopLabels: (string | null)[] = [];
  private commentAt = 0;
  /** Names of the methods the module's classes define (read as values → bound methods). */
  readonly methodNames = new Set<string>();
  /** Generator expressions whose consumer iterates them to the end at once (`sum(x for …)`,
   * `f(*(x for …))`): emitted as arrays; any other is a lazy JS generator, like Python's. */
  readonly eagerGenexps = new Set<Expr>();
  /** How many enclosing `try` bodies catch ImportError (an unknown import there raises). */
  importGuards = 0;
  /** Parameter defaults evaluated once, before their function, into these constants. */
  readonly hoistedDefaults = new Map<Param, string>();

  constructor(
    readonly an: Analysis,
    readonly names: NameManager,
    readonly out: Printer,
    readonly source: string,
    readonly diagnostics: Diagnostic[],
    readonly module: Module,
  ) {
    this.scope = an.module;
    for (const s of an.scopes.values()) {
      if (s.kind !== "class") continue;
      for (const st of (s.node as ClassDefinition).body) {
        const isProperty = st.kind === "FunctionDefinition" && st.decorators.length > 0;
        if (st.kind === "FunctionDefinition" && !isProperty && st.name !== "__init__") {
          this.methodNames.add(st.name);
        }
      }
    }
    this.fn = {
      scope: an.module,
      thisName: null,
      hoisted: [],
      placeholder: -1,
      declared: new Set(),
      isAsync: true,
      isConstructor: false,
    };
  }

  /** Reports `not supported yet: <what>` and returns JS that throws if reached. */
  unsupported(span: Span, what: string): string {
    this.diagnostics.push({
      severity: "error",
      kind: "NotSupported",
      message: `not supported yet: ${what}`,
      from: span.from,
      to: span.to,
      start: positionAt(this.source, span.from),
    });
    return `(() => { throw new Error(${JSON.stringify(`not supported yet: ${what}`)}); })()`;
  }

  /** The static type of a Python expression in the current scope. */
  type(e: Expr): PyType {
    return typeOf(this.an, this.scope, e);
  }

  /** A runtime export, imported under a collision-free local name. */
  rt(name: string): string {
    return this.names.runtime(name);
  }

  /** `py.<helper>` */
  py(helper: string): string {
    return `${this.rt("py")}.${helper}`;
  }

  /** The JS expression a Python name read becomes. */
  nameRef(name: string): string {
    const owner = this.an.resolve(this.scope, name);
    if (!owner) {
      if (name === "__name__") return JSON.stringify("__main__");
      if (builtinNames.has(name)) return this.rt(name);
      return this.names.js(name);
    }
    if (owner === this.fn.scope && name === this.fn.thisName) return "this";
    // Class-body code runs in static initializers, where `this` is the class.
    if (owner.kind === "class" && owner === this.scope) return `this.${name}`;
    const bindings = owner.bindings.get(name);
    if (bindings?.length === 1 && bindings[0].kind === "import") {
      const imp = bindings[0].stmt;
      if (imp?.kind === "ImportStatement") {
        const n = imp.names.find((x) => (x.asName ?? x.name.split(".")[0]) === name);
        if (n && imp.module === null && runtimeModules.has(n.name)) return this.rt(n.name);
        if (n && imp.module !== null && runtimeModules.has(imp.module)) {
          return `${this.rt(imp.module)}.${n.name}`;
        }
      }
    }
    return this.names.js(name);
  }

  /** Where an unbound read of `name` finds it: CPython words the error after this. */
  unboundKind(name: string): "global" | "local" | "free" {
    const owner = this.an.resolve(this.scope, name);
    if (!owner || owner.kind === "module") return "global";
    return owner === this.scope ? "local" : "free";
  }

  /** The JS expression a read of a variable becomes, checked when it may find it unbound. */
  nameRead(v: VariableName): string {
    const ref = this.nameRef(v.name);
    if (!this.an.unboundReads.has(v)) return ref;
    return `${this.py("bound")}(${ref}, ${JSON.stringify(v.name)}, "${this.unboundKind(v.name)}")`;
  }

  /** A fresh temporary, declared with `let` at the top of the current function. */
  temp(base: string): string {
    const name = this.names.claimFreeName(base);
    this.fn.hoisted.push(name);
    return name;
  }

  /** Runs `body` with another Python scope current. */
  inScope<T>(scope: Scope, body: () => T): T {
    const saved = this.scope;
    this.scope = scope;
    try {
      return body();
    } finally {
      this.scope = saved;
    }
  }

  /** Emits carried-over comments that start before `pos`, each on its own line. */
  commentsBefore(pos: number): void {
    const list = this.module.comments;
    while (this.commentAt < list.length && list[this.commentAt].from < pos) {
      const c = list[this.commentAt];
      this.gap(c.from);
      this.out.line(jsComment(c), c.from);
      this.lastEnd = c.to;
      this.commentAt++;
    }
  }

  /** End of the last statement or comment printed (for blank lines). */
  private lastEnd = -1;

  /** Prints a blank line if the source has one between what was printed last and `pos`. */
  gap(pos: number): void {
    if (this.lastEnd >= 0 && /\n[ \t\r]*\n/.test(this.source.slice(this.lastEnd, pos))) {
      this.out.blank();
    }
    this.lastEnd = Math.max(this.lastEnd, pos);
  }

  /** Records that a statement ending at `to` (trailing whitespace ignored) was printed. */
  printed(from: number, to: number): void {
    this.lastEnd = from + this.source.slice(from, to).trimEnd().length;
  }

  /** Emits the comments that follow a block (ending at `end`) at its indentation or deeper,
   * before any other code: Python's block ends only at the next dedented statement. */
  commentsClosing(end: number, blockStart: number): void {
    const list = this.module.comments;
    const column = (pos: number) => pos - (this.source.lastIndexOf("\n", pos - 1) + 1);
    const indent = column(blockStart);
    let pos = end;
    while (this.commentAt < list.length) {
      const c = list[this.commentAt];
      const between = this.source.slice(pos, c.from).replace(/#[^\n]*/g, "");
      if (c.from < pos || between.trim() !== "" || column(c.from) < indent) {
        return;
      }
      this.gap(c.from);
      this.out.line(jsComment(c), c.from);
      pos = c.to;
      this.lastEnd = c.to;
      this.commentAt++;
    }
  }

  /** A comment on the same source line after `end`, consumed, as ` // text` (or ""). */
  trailingComment(end: number): string {
    const list = this.module.comments;
    const c = list[this.commentAt];
    if (!c || c.from < end) return "";
    if (this.source.slice(end, c.from).includes("\n")) return "";
    this.commentAt++;
    return ` ${jsComment(c)}`;
  }
}

function jsComment(c: Comment): string {
  const text = c.text.replace(/^#/, "");
  return `//${text}`;
}
