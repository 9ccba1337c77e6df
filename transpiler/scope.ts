// Scope records built by check.ts: which names each Python scope binds, how each local is
// declared in JavaScript, and what each function turns into.
import type {
  ClassDefinition,
  Comprehension,
  FunctionDefinition,
  LambdaExpression,
  Module,
  Span,
  Stmt,
} from "./ast.js";
import type { PyType } from "./types.js";

/** How a Python local is declared in the emitted code. */
export type DeclKind =
  /** `const x = …` at its only binding, a plain assignment directly in the scope's body. */
  | "const"
  /** `const x = …` inside a block: the only binding, every read later in the same block. */
  | "block"
  /** `let x = …` at the first binding (all bindings directly in the scope's body). */
  | "let"
  /** Declared by the binding statement itself inside a block (`for (const x of …)`). */
  | "inplace"
  /** `def`/`class` declares it. */
  | "definition"
  /** `let x;` at the top of the scope, plain assignments afterwards. */
  | "hoist";

/** One place a name is bound. */
export interface Binding {
  kind: "assign" | "for" | "with" | "import" | "def" | "class" | "other";
  /** The statement that binds it. */
  stmt: Stmt | null;
  /** 0 when the statement is directly in the scope's body. */
  depth: number;
  /** The binding statement binds several names at once (tuple unpacking). */
  multi: boolean;
  span: Span;
  /** Where the statement list holding the binding statement ends. */
  blockEnd?: number;
}

/** A Python scope. */
export interface Scope {
  kind: "module" | "function" | "class" | "lambda" | "comprehension";
  node: Module | FunctionDefinition | ClassDefinition | LambdaExpression | Comprehension;
  parent: Scope | null;
  /** Scopes nested directly inside this one. */
  children: Scope[];
  /** Names bound in this scope, with every binding (params first). */
  bindings: Map<string, Binding[]>;
  params: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  /** Names read in this scope, with where (for the "used outside the loop" test). */
  refs: Map<string, Span[]>;
  decl: Map<string, DeclKind>;
  /** Static types of the scope's locals. */
  types: Map<string, PyType>;
  /** Functions: contains `await` / `yield` / reads `self` of an enclosing method. */
  hasYield: boolean;
  hasAwait: boolean;
  usesOuterSelf: boolean;
  /** A plain `def` that calls `asyncio.run` (directly or through module functions). */
  runsLoop: boolean;
}

/** Creates an empty scope record. */
export function newScope(kind: Scope["kind"], node: Scope["node"], parent: Scope | null): Scope {
  const scope: Scope = {
    kind,
    node,
    parent,
    children: [],
    bindings: new Map(),
    params: new Set(),
    globals: new Set(),
    nonlocals: new Set(),
    refs: new Map(),
    decl: new Map(),
    types: new Map(),
    hasYield: false,
    hasAwait: false,
    usesOuterSelf: false,
    runsLoop: false,
  };
  parent?.children.push(scope);
  return scope;
}
