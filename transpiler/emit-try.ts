// try/except/else/finally and with/async with → JavaScript (contract §1): instanceof chains over
// one catch parameter, py.exc for native errors, py.enter/py.exit and py.aenter/py.aexit.

import type { Expr, TryStatement, WithStatement } from "./ast.js";
import { arg, expr } from "./emit-expr.js";
import { assignTo, block } from "./emit-stmt.js";
import type { Emitter } from "./emitter.js";
import { Level, wrap } from "./precedence.js";

/** Exception classes that may also arrive as native JS errors (so `py.exc` runs first). */
const nativeCatchers = new Set([
  "Exception",
  "BaseException",
  "TypeError",
  "RecursionError",
  "AttributeError",
  "NameError",
  "RangeError",
]);

/** Emits try/except/else/finally. */
/** Whether an `except` clause of this type catches ModuleNotFoundError. */
function catchesImportError(t: Expr | null): boolean {
  if (!t) return true;
  if (t.kind === "TupleExpression") return t.elts.some(catchesImportError);
  const names = ["ImportError", "ModuleNotFoundError", "Exception", "BaseException"];
  return t.kind === "VariableName" && names.includes(t.name);
}

export function tryStatement(em: Emitter, s: TryStatement): void {
  // `else:` runs only when the body raised nothing, outside the handlers; `finally` runs last.
  const ok = s.orelse ? em.temp("ok") : null;
  const outerFinally = ok !== null && s.finalbody !== null;
  if (ok) em.out.line(`${ok} = false;`, s.from);
  if (outerFinally) em.out.open("try", s.from);
  em.out.open("try", s.from);
  const guards = s.handlers.some((h) => catchesImportError(h.type));
  if (guards) em.importGuards++;
  block(em, s.body);
  if (guards) em.importGuards--;
  if (ok) em.out.line(`${ok} = true;`);
  if (s.handlers.length) handlers(em, s);
  if (s.finalbody && !outerFinally) {
    em.out.reopen("finally");
    block(em, s.finalbody);
  }
  em.out.close();
  if (ok) {
    em.out.open(`if (${ok})`);
    block(em, s.orelse!);
    em.out.close();
  }
  if (outerFinally) {
    em.out.reopen("finally");
    block(em, s.finalbody!);
    em.out.close();
  }
}

function handlers(em: Emitter, s: TryStatement): void {
  if (s.star) {
    starHandlers(em, s);
    return;
  }
  const named = [...new Set(s.handlers.map((h) => h.name).filter((n): n is string => !!n))];
  const catchVar = named.length === 1 ? em.names.js(named[0]) : em.names.blockName("e");
  em.out.reopen(`catch (${catchVar})`);
  const needsExc = s.handlers.some(
    (h) => !h.type || typeNames(h.type).some((n) => nativeCatchers.has(n)),
  );
  if (needsExc) em.out.line(`${catchVar} = ${em.py("exc")}(${catchVar});`);
  em.catchVars.push(catchVar);
  const catchAll = (h: (typeof s.handlers)[number]) =>
    !h.type || (h.type.kind === "VariableName" && h.type.name === "BaseException");
  if (s.handlers.length === 1 && catchAll(s.handlers[0])) {
    handlerBody(em, s.handlers[0], catchVar);
  } else {
    let opened = false;
    let sawCatchAll = false;
    for (const h of s.handlers) {
      if (catchAll(h)) {
        em.out.reopen("else");
        handlerBody(em, h, catchVar);
        sawCatchAll = true;
        break;
      }
      const test = h.type ? matches(em, h.type, catchVar) : "true";
      if (!opened) em.out.open(`if (${test})`, h.from);
      else em.out.reopen(`else if (${test})`, h.from);
      opened = true;
      handlerBody(em, h, catchVar);
    }
    if (!sawCatchAll) {
      em.out.reopen("else");
      em.out.line(`throw ${catchVar};`);
    }
    em.out.close();
  }
  em.catchVars.pop();
}

/**
 * `except*`: each clause takes the part of the group its types match (`group.matches(T)`);
 * what its body raises is collected, and `group.end()` raises what is left, as CPython does.
 */
function starHandlers(em: Emitter, s: TryStatement): void {
  const caught = em.names.blockName("e");
  em.out.reopen(`catch (${caught})`);
  const group = em.names.blockName("group");
  em.out.line(`const ${group} = ${em.py("exceptStar")}(${caught});`);
  for (const h of s.handlers) {
    em.out.open(`if (${group}.matches(${h.type ? starTypes(em, h.type) : ""}))`, h.from);
    em.out.open("try");
    const matched = h.name ? em.names.js(h.name) : `${group}.matched`;
    if (h.name) em.out.line(`const ${matched} = ${group}.matched;`);
    em.commentsBefore(h.body[0]?.from ?? h.to);
    em.catchVars.push(matched);
    block(em, h.body);
    em.catchVars.pop();
    const raised = em.names.blockName("raised");
    em.out.reopen(`catch (${raised})`);
    em.out.line(`${group}.raised(${raised});`);
    em.out.close();
    em.out.close();
  }
  em.out.line(`${group}.end();`);
}

/** The classes an `except*` clause names, as arguments. */
function starTypes(em: Emitter, t: Expr): string {
  if (t.kind === "TupleExpression") return t.elts.map((x) => arg(em, x)).join(", ");
  return arg(em, t);
}

function handlerBody(em: Emitter, h: TryStatement["handlers"][number], catchVar: string): void {
  if (h.name && em.names.js(h.name) !== catchVar)
    em.out.line(`const ${em.names.js(h.name)} = ${catchVar};`);
  em.commentsBefore(h.body[0]?.from ?? h.to);
  block(em, h.body);
}

function typeNames(t: Expr): string[] {
  if (t.kind === "TupleExpression") return t.elts.flatMap(typeNames);
  if (t.kind === "VariableName") return [t.name];
  if (t.kind === "MemberExpression") return [t.name];
  return [];
}

function matches(em: Emitter, t: Expr, v: string): string {
  if (t.kind === "TupleExpression") return t.elts.map((x) => matches(em, x, v)).join(" || ");
  if (t.kind === "VariableName" || t.kind === "MemberExpression") {
    return `${v} instanceof ${wrap(expr(em, t), Level.Compare)}`;
  }
  return `${em.rt("isinstance")}(${v}, ${arg(em, t)})`;
}

/** Emits `with`/`async with`, one item at a time (`index`). */
export function withStatement(em: Emitter, s: WithStatement, index: number): void {
  if (index >= s.items.length) {
    block(em, s.body);
    return;
  }
  const item = s.items[index];
  const enter = s.isAsync ? `await ${em.py("aenter")}` : em.py("enter");
  // An asyncio.Runner closes by running its loop: its `__exit__` returns a promise to wait for.
  const runner =
    em.fn.isAsync &&
    (em.an.isRunnerCall(em.scope, item.context) ||
      (item.context.kind === "VariableName" && em.an.isRunner(em.scope, item.context.name)));
  const exit = s.isAsync || runner ? `await ${em.py(s.isAsync ? "aexit" : "exit")}` : em.py("exit");
  // A name bound once is used as is; anything else is evaluated once into a constant.
  const ctx = item.context;
  const owner = ctx.kind === "VariableName" ? em.an.resolve(em.scope, ctx.name) : null;
  const stable =
    ctx.kind === "VariableName" &&
    owner?.bindings.get(ctx.name)?.length === 1 &&
    !em.an.unboundReads.has(ctx);
  const thrown = em.names.claimFreeName("thrown");
  let cm: string;
  if (stable) cm = em.nameRef(ctx.name);
  else {
    cm = em.names.claimFreeName(
      item.target?.kind === "VariableName" ? `${item.target.name}Cm` : "cm",
    );
    em.out.line(`const ${cm} = ${wrap(expr(em, ctx), Level.Assign - 1)};`, s.from);
  }
  const entered = `${enter}(${cm})`;
  if (item.target) {
    const t = item.target;
    if (
      t.kind === "VariableName" &&
      em.scope.decl.get(t.name) === "inplace" &&
      em.an.resolve(em.scope, t.name) === em.scope
    ) {
      em.out.line(`const ${em.nameRef(t.name)} = ${entered};`, s.from);
    } else {
      em.out.line(`${assignTo(em, t, entered, null)};`, s.from);
    }
  } else {
    em.out.line(`${entered};`, s.from);
  }
  em.out.line(`let ${thrown} = false;`);
  em.out.open("try");
  if (index === 0) em.trailingComment(s.items[s.items.length - 1].context.to);
  withStatement(em, s, index + 1);
  const err = em.names.blockName("e");
  // The exit calls map to the `with` line: a traceback through `__exit__` names it, as CPython's.
  em.out.reopen(`catch (${err})`);
  em.out.line(`${thrown} = true;`);
  const exited = `${exit}(${cm}, ${err})`;
  const test = exited.startsWith("await ") ? `!(${exited})` : `!${exited}`;
  em.out.line(`if (${test}) throw ${err};`, s.from);
  em.out.reopen("finally");
  em.out.line(`if (!${thrown}) ${exit}(${cm}, null);`, s.from);
  em.out.close();
}
