// Parsing: Python source → Lezer concrete syntax tree. Lezer is error-tolerant, so this never
// throws; syntax errors show up as error nodes that build.ts and syntax-errors.ts report.
import type { Tree } from "@lezer/common";
import { parser } from "@lezer/python";

/** Parses Python source into a Lezer tree (never throws). */
export function parse(source: string): Tree {
  return parser.parse(source);
}
