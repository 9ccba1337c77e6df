// Highlights, in one pane, the lines that correspond to the line under the cursor or the mouse in
// the other pane (Python ↔ TypeScript), as a line decoration driven by an effect.
import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView } from "@codemirror/view";

/** Sets the highlighted lines (1-based); an empty list clears them. */
export const setLinkedLines = StateEffect.define<number[]>();

const linkedLine = Decoration.line({ class: "cm-linked-line" });

/** The decoration state; add it to both panes. */
export const linkedLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setLinkedLines)) continue;
      const doc = tr.state.doc;
      const lines = e.value.filter((n) => n >= 1 && n <= doc.lines).sort((a, b) => a - b);
      deco = Decoration.set(lines.map((n) => linkedLine.range(doc.line(n).from)));
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Calls `onLine` with the 1-based line the cursor is on after it moves, and the line under the mouse. */
export function trackLine(onLine: (line: number | null) => void) {
  let last: number | null = null;
  const report = (line: number | null) => {
    if (line !== last) onLine((last = line));
  };
  return [
    EditorView.updateListener.of((u) => {
      if (u.selectionSet || (u.focusChanged && u.view.hasFocus)) {
        report(u.state.doc.lineAt(u.state.selection.main.head).number);
      }
    }),
    EditorView.domEventHandlers({
      mousemove(ev, view) {
        const pos = view.posAtCoords({ x: ev.clientX, y: ev.clientY });
        if (pos !== null) report(view.state.doc.lineAt(pos).number);
      },
    }),
  ];
}

/** Highlights `lines` in `view` and scrolls the first into view if it is off screen. */
export function showLinked(view: EditorView, lines: number[]): void {
  const first = lines[0];
  const effects: StateEffect<unknown>[] = [setLinkedLines.of(lines)];
  if (first !== undefined && first <= view.state.doc.lines) {
    effects.push(EditorView.scrollIntoView(view.state.doc.line(first).from, { y: "nearest" }));
  }
  view.dispatch({ effects });
}
