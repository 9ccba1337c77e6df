// `try … except* T:` (PEP 654), as CPython 3.11 runs it: each clause in turn takes the part of the
// exception group its types match; what the clause bodies raise is collected, and at the end what
// is left is raised — the unhandled and re-raised parts in the original group's shape, and any
// new exceptions beside them in a new group. Mirrors CHECK_EG_MATCH and _PyExc_PrepReraiseStar.
import { exc } from "./exc.js";
import {
  type BaseException,
  BaseExceptionGroup,
  Exception,
  ExceptionGroup,
  TypeError,
} from "./exceptions.js";
import { PyTuple } from "./tuple.js";

/** The state of one `except*` dispatch; emitted code calls `matches`, `raised` and `end`. */
export class ExceptStar {
  /** The part of the group the last matching clause took (what `as eg` names). */
  matched: any = null;
  private rest: BaseException | null;
  private readonly naked: boolean;
  private readonly newErrors: BaseException[] = [];
  private readonly reraised: BaseException[] = [];

  constructor(private readonly original: BaseException) {
    this.rest = original;
    this.naked = !(original instanceof BaseExceptionGroup);
  }

  /** Whether the clause for `types` runs: takes the matching part of what is left. */
  matches(...types: unknown[]): boolean {
    const classes = types.flatMap((t) => (t instanceof PyTuple || Array.isArray(t) ? [...t] : [t]));
    for (const c of classes) {
      if (c === BaseExceptionGroup || (c as Function).prototype instanceof BaseExceptionGroup) {
        throw new TypeError(
          "catching ExceptionGroup with except* is not allowed. Use except instead.",
        );
      }
    }
    const rest = this.rest;
    if (rest === null) return false;
    const fns = classes as Function[];
    if (!(rest instanceof BaseExceptionGroup)) {
      if (!fns.some((c) => rest instanceof c)) return false;
      this.matched =
        rest instanceof Exception
          ? new ExceptionGroup("", PyTuple.of(rest))
          : new BaseExceptionGroup("", PyTuple.of(rest));
      this.rest = null;
      return true;
    }
    const [match, left] = rest.split(fns);
    this.rest = left;
    this.matched = match;
    return match !== null;
  }

  /** What a clause body raised: a re-raise of its part, or a new exception. */
  raised(e: unknown): void {
    const err = exc(e);
    if (err === this.matched) this.reraised.push(err);
    else this.newErrors.push(err);
  }

  /** Raises what is left after the clauses, if anything. */
  end(): void {
    const keep = this.rest === null ? this.reraised : [...this.reraised, this.rest];
    if (this.naked) {
      // A lone exception went to at most one clause: raise its one outcome.
      const only = this.newErrors[0] ?? keep[0];
      if (only !== undefined) throw only;
      return;
    }
    const kept = this.project(keep);
    if (this.newErrors.length === 0) {
      if (kept !== null) throw kept;
      return;
    }
    const all = kept === null ? [...this.newErrors] : [...this.newErrors, kept];
    throw all.length === 1 ? all[0] : new ExceptionGroup("", all);
  }

  /** The original group cut down to the leaves of `parts`, keeping its nesting. */
  private project(parts: BaseException[]): BaseException | null {
    if (parts.length === 0) return null;
    const leaves = new Set<BaseException>();
    const collect = (e: BaseException) => {
      if (e instanceof BaseExceptionGroup) for (const x of e.exceptions) collect(x);
      else leaves.add(e);
    };
    for (const p of parts) collect(p);
    const original = this.original as BaseExceptionGroup;
    return original.split((e) => leaves.has(e))[0];
  }
}

/** `except*` on the caught value `e` (a native JS error becomes its Python exception first). */
export function exceptStar(e: unknown): ExceptStar {
  return new ExceptStar(exc(e));
}
