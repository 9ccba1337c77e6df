// `del name`: the name stays declared in JS but holds a marker, and every read of a name some
// `del` unbinds goes through `bound`, which raises what CPython raises for an unbound name.
import { NameError, UnboundLocalError } from "./exceptions.js";

/** The value a name holds while it is unbound (typed `any`: it sits in variables of any type). */
export const unbound: any = Symbol("unbound");

/** Where the name lives: a module global, a function's local, or a local of an enclosing function. */
export type NameKind = "global" | "local" | "free";

function unboundError(name: string, kind: NameKind): Error {
  if (kind === "local") {
    return new UnboundLocalError(
      `cannot access local variable '${name}' where it is not associated with a value`,
    );
  }
  if (kind === "free") {
    return new NameError(
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
    );
  }
  return new NameError(`name '${name}' is not defined`);
}

/** A read of `name`: its value, or CPython's error when a `del` left it unbound. */
export function bound<T>(value: T, name: string, kind: NameKind): T {
  if ((value as unknown) === unbound) throw unboundError(name, kind);
  return value;
}

/** `del name`: raises if the name is already unbound, else the marker to assign to it. */
export function del(value: unknown, name: string, kind: NameKind): any {
  bound(value, name, kind);
  return unbound;
}
