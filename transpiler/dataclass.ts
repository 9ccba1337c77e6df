// `@dataclass` classes (contract §1): which classes are dataclasses and which class-body
// statements are their fields. The emitter makes such a class extend `dataclasses.Dataclass`
// and follows it with `dataclasses.dataclass(Cls, { field: default, … }, { order: true })`.
import type { AssignStatement, ClassDefinition, Expr } from "./ast.js";
import type { Analysis } from "./check.js";
import type { Scope } from "./scope.js";

/** Whether `e` names `module.name` in `scope`: `name` imported from it, or `module.name`. */
export function namesRuntime(
  an: Analysis,
  scope: Scope,
  e: Expr,
  module: string,
  name: string,
): boolean {
  if (e.kind === "VariableName") {
    const imp = an.importedFrom(scope, e.name);
    return !!imp && imp.module === module && imp.name === name;
  }
  return (
    e.kind === "MemberExpression" &&
    e.name === name &&
    e.object.kind === "VariableName" &&
    an.isModule(scope, e.object.name, module)
  );
}

/** The `@dataclass` / `@dataclass(…)` decorator of `cls`, if it has one. */
export function dataclassDecorator(an: Analysis, cls: ClassDefinition): Expr | null {
  const scope = an.scopes.get(cls)?.parent;
  if (!scope) return null;
  for (const d of cls.decorators) {
    const f = d.kind === "CallExpression" ? d.func : d;
    if (namesRuntime(an, scope, f, "dataclasses", "dataclass")) return d;
  }
  return null;
}

/** Whether the annotation is `ClassVar` / `ClassVar[…]` (a class attribute, not a field). */
function isClassVar(e: Expr | null): boolean {
  if (!e) return false;
  const head = e.kind === "SubscriptExpression" ? e.object : e;
  if (head.kind === "VariableName") return head.name === "ClassVar";
  return head.kind === "MemberExpression" && head.name === "ClassVar";
}

/** Whether `cls` is `class P(NamedTuple)` (`typing.NamedTuple`): a `collections.namedtuple`. */
export function isNamedTupleClass(an: Analysis, cls: ClassDefinition): boolean {
  const scope = an.scopes.get(cls)?.parent;
  const base = cls.bases[0];
  if (!scope || !base || cls.bases.length > 1) return false;
  return ["typing", "typing_extensions"].some((m) =>
    namesRuntime(an, scope, base, m, "NamedTuple"),
  );
}

/** The field statements (`name: T` or `name: T = default`) of a dataclass or a `NamedTuple`
 * class, in order; null for another class. */
export function dataclassFields(an: Analysis, cls: ClassDefinition): AssignStatement[] | null {
  if (!dataclassDecorator(an, cls) && !isNamedTupleClass(an, cls)) return null;
  return cls.body.filter(
    (st): st is AssignStatement =>
      st.kind === "AssignStatement" &&
      st.annotation !== null &&
      st.targets.length === 1 &&
      st.targets[0].kind === "VariableName" &&
      !isClassVar(st.annotation),
  );
}

/** Whether `name` is a field of dataclass (or `NamedTuple` class) `cls` itself. */
export function isDataclassField(an: Analysis, cls: ClassDefinition, name: string): boolean {
  const fields = dataclassFields(an, cls);
  return !!fields?.some((st) => (st.targets[0] as { name: string }).name === name);
}
