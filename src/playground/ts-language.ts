// A small stream tokenizer that colours the generated TypeScript (keywords, strings, numbers,
// comments): enough for a read-only pane, without a full TypeScript grammar.
import { StreamLanguage, type StringStream } from "@codemirror/language";

const KEYWORDS = new Set(
  (
    "async await break case catch class const continue default delete do else export extends " +
    "finally for from function if import in instanceof let new of return static super switch " +
    "this throw try typeof var void while yield null undefined true false"
  ).split(" "),
);

interface State {
  /** Inside a template literal (`…`), possibly spanning lines. */
  template: boolean;
  /** Inside a block comment. */
  comment: boolean;
  /** For each open `${` field, how many `{` are open inside it. */
  fields: number[];
}

function token(stream: StringStream, state: State): string | null {
  if (state.comment) {
    state.comment = !stream.skipTo("*/");
    if (state.comment) stream.skipToEnd();
    else stream.match("*/");
    return "comment";
  }
  if (state.template) {
    while (!stream.eol()) {
      if (stream.match("${", false)) {
        if (stream.column() === stream.start) {
          stream.match("${");
          state.template = false;
          state.fields.push(0);
          return "punctuation";
        }
        return "string";
      }
      const ch = stream.next();
      if (ch === "\\") stream.next();
      else if (ch === "`") {
        state.template = false;
        return "string";
      }
    }
    return "string";
  }
  if (stream.eatSpace()) return null;
  if (stream.match("//")) {
    stream.skipToEnd();
    return "comment";
  }
  if (stream.match("/*")) {
    state.comment = true;
    return token(stream, state);
  }
  const ch = stream.next()!;
  if (ch === '"' || ch === "'") {
    for (let c = stream.next(); c !== undefined && c !== ch; c = stream.next())
      if (c === "\\") stream.next();
    return "string";
  }
  if (ch === "`") {
    state.template = true;
    return token(stream, state);
  }
  const depth = state.fields.length;
  if (depth > 0 && ch === "{") state.fields[depth - 1]!++;
  if (depth > 0 && ch === "}") {
    if (state.fields[depth - 1] === 0) {
      state.fields.pop();
      state.template = true;
      return "punctuation";
    }
    state.fields[depth - 1]!--;
  }
  if (/\d/.test(ch)) {
    stream.match(/^[\d_]*(\.\d+)?(e[+-]?\d+)?n?/i);
    return "number";
  }
  if (/[\w$]/.test(ch)) {
    stream.eatWhile(/[\w$]/);
    const word = stream.current();
    if (KEYWORDS.has(word)) return "keyword";
    return stream.match(/^\s*\(/, false) ? "variableName.function" : "variableName";
  }
  return "operator";
}

/** The TypeScript pane's language. */
export const typescriptLite = StreamLanguage.define<State>({
  name: "typescript",
  startState: () => ({ template: false, comment: false, fields: [] }),
  token,
  copyState: (s) => ({ ...s, fields: [...s.fields] }),
});
