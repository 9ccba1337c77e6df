// Call arguments and parameter lists that Lezer accepts but CPython 3.11's parser rejects
// (invalid_arguments, invalid_parameters in Grammar/python.gram).

import type { SyntaxNode } from "@lezer/common";
import {
  type Candidate,
  nodeError,
  type SyntaxContext,
  tokenError,
  tokenIndexAt,
} from "./syntax-parse.js";

const kids = (node: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};

/** The items of an ArgList/ParamList: runs of children between top-level commas. */
function items(list: SyntaxNode): SyntaxNode[][] {
  const out: SyntaxNode[][] = [[]];
  // Between a comprehension's `for` and its `in`, commas separate targets, not items.
  let inTargets = false;
  for (const kid of kids(list)) {
    if (kid.name === "(" || kid.name === ")" || kid.name === "Comment") continue;
    if (kid.name === "for") inTargets = true;
    if (kid.name === "in") inTargets = false;
    if (kid.name === "," && !inTargets) out.push([]);
    else out[out.length - 1]?.push(kid);
  }
  return out.filter((item) => item.length > 0);
}

function callArguments(ctx: SyntaxContext, list: SyntaxNode): Candidate | null {
  const args = items(list);
  // A trailing comma turns a lone generator expression into an argument list too.
  const trailingComma = list.lastChild?.prevSibling?.name === ",";
  let keyword = false;
  let doubleStar = false;
  for (const arg of args) {
    const head = arg[0] as SyntaxNode;
    const last = arg[arg.length - 1] as SyntaxNode;
    const index = (): number => tokenIndexAt(ctx, head.from);
    if (arg.some((k) => k.name === "for") && (args.length > 1 || trailingComma)) {
      const message = "Generator expression must be parenthesized";
      return { index: index(), error: nodeError(ctx, message, head.from, last.to) };
    }
    if (head.name === "**") doubleStar = true;
    else if (head.name === "*") {
      if (doubleStar) {
        const message = "iterable argument unpacking follows keyword argument unpacking";
        return { index: index(), error: nodeError(ctx, message, head.from, head.to) };
      }
    } else if (arg[1]?.name === "AssignOp" && arg[1].to - arg[1].from === 1) keyword = true;
    else if (keyword || doubleStar) {
      const message = doubleStar
        ? "positional argument follows keyword argument unpacking"
        : "positional argument follows keyword argument";
      // _PyPegen_arguments_parsing_error reports on the last token fetched: the closing ")".
      const close = ctx.tokens[tokenIndexAt(ctx, list.to - 1)];
      return {
        index: index(),
        error: close ? tokenError(ctx, close, "SyntaxError", message) : null,
      };
    }
  }
  return null;
}

function parameters(ctx: SyntaxContext, list: SyntaxNode): Candidate | null {
  let defaults = false;
  let star = false;
  const params = items(list);
  for (const [n, param] of params.entries()) {
    const head = param[0] as SyntaxNode;
    const next = params[n + 1]?.[0];
    if (head.name === "*" && param.length === 1 && (!next || next.name === "**")) {
      const message = "named arguments must follow bare *";
      return {
        index: tokenIndexAt(ctx, head.from),
        error: nodeError(ctx, message, head.from, head.to),
      };
    }
    if (head.name === "*" || head.name === "**") star = true;
    else if (head.name === "VariableName" && !star) {
      if (param.some((k) => k.name === "AssignOp")) defaults = true;
      else if (defaults) {
        const message = "non-default argument follows default argument";
        return {
          index: tokenIndexAt(ctx, head.from),
          error: nodeError(ctx, message, head.from, head.to),
        };
      }
    }
  }
  return null;
}

/** The first bad argument list or parameter list in the module. */
export function argumentCandidate(ctx: SyntaxContext): Candidate | null {
  let found: Candidate | null = null;
  const errors: number[] = [];
  ctx.tree.iterate({
    enter(ref) {
      if (ref.type.isError) errors.push(ref.from);
    },
  });
  const repaired = (node: SyntaxNode): boolean =>
    errors.some((e) => e >= node.from && e <= node.to);
  ctx.tree.iterate({
    enter(ref) {
      if (found) return false;
      const node = ref.node;
      if (ref.type.isError || repaired(node)) return undefined;
      if (node.name === "ArgList" && node.parent?.name === "CallExpression")
        found = callArguments(ctx, node);
      else if (node.name === "ParamList") found = parameters(ctx, node);

      return undefined;
    },
  });
  return found;
}
