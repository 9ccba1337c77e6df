// Editing keys the Python pane needs (Enter keeps indentation, Tab/Shift-Tab indent): a small
// stand-in for @codemirror/commands, which is not among the project's dependencies.
import { getIndentation, indentString, indentUnit } from "@codemirror/language";
import { EditorSelection, type EditorState } from "@codemirror/state";
import type { EditorView, KeyBinding } from "@codemirror/view";

/** Enter: a new line indented like Python wants it (deeper after `:`). */
function newlineAndIndent(view: EditorView): boolean {
  const { state } = view;
  view.dispatch(
    state.changeByRange((range) => {
      const line = state.doc.lineAt(range.from);
      const before = state.sliceDoc(line.from, range.from);
      const current = /^\s*/.exec(before)![0];
      let indent = getIndentation(state, range.from) ?? current.length;
      if (/:\s*(#.*)?$/.test(before) && indent <= current.length) {
        indent = current.length + state.facet(indentUnit).length;
      }
      const insert = `\n${indentString(state, indent)}`;
      return {
        changes: { from: range.from, to: range.to, insert },
        range: EditorSelection.cursor(range.from + insert.length),
      };
    }),
    { scrollIntoView: true, userEvent: "input" },
  );
  return true;
}

function changeIndent(view: EditorView, deeper: boolean): boolean {
  const { state } = view;
  const unit = state.facet(indentUnit);
  const changes = [];
  for (const line of selectedLines(state)) {
    const current = /^ */.exec(line.text)![0].length;
    if (deeper) changes.push({ from: line.from, insert: unit });
    else if (current > 0)
      changes.push({ from: line.from, to: line.from + Math.min(current, unit.length) });
  }
  view.dispatch({ changes, userEvent: deeper ? "input.indent" : "delete.dedent" });
  return true;
}

function selectedLines(state: EditorState) {
  const lines = new Map<number, ReturnType<EditorState["doc"]["lineAt"]>>();
  for (const r of state.selection.ranges) {
    for (let pos = r.from; pos <= r.to; ) {
      const line = state.doc.lineAt(pos);
      lines.set(line.from, line);
      pos = line.to + 1;
    }
  }
  return [...lines.values()];
}

/** Tab inserts an indent unit at the cursor, or indents the selected lines. */
function indentOrInsert(view: EditorView): boolean {
  if (view.state.selection.ranges.some((r) => !r.empty)) return changeIndent(view, true);
  view.dispatch(view.state.replaceSelection(view.state.facet(indentUnit)), { userEvent: "input" });
  return true;
}

/** The key bindings. */
export const editKeymap: KeyBinding[] = [
  { key: "Enter", run: newlineAndIndent },
  { key: "Tab", run: indentOrInsert, shift: (v) => changeIndent(v, false) },
];
