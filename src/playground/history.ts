// Undo and redo for the Python editor: a small stand-in for @codemirror/commands' history, which is
// not among the project's dependencies. Typing within half a second groups into one step.
import {
  type ChangeSet,
  type EditorSelection,
  StateEffect,
  StateField,
  type Transaction,
} from "@codemirror/state";
import type { EditorView, KeyBinding } from "@codemirror/view";

interface Step {
  changes: ChangeSet;
  selection: EditorSelection;
}

interface History {
  done: Step[];
  undone: Step[];
  lastTime: number;
}

const GROUP_MS = 500;
const MAX_STEPS = 200;
const fromHistory = StateEffect.define<"undo" | "redo">();

const historyField = StateField.define<History>({
  create: () => ({ done: [], undone: [], lastTime: 0 }),
  update(h, tr) {
    const kind = tr.effects.find((e) => e.is(fromHistory))?.value as "undo" | "redo" | undefined;
    if (kind) {
      const step = {
        changes: tr.changes.invert(tr.startState.doc),
        selection: tr.startState.selection,
      };
      return kind === "undo"
        ? { done: h.done.slice(0, -1), undone: [...h.undone, step], lastTime: 0 }
        : { done: [...h.done, step], undone: h.undone.slice(0, -1), lastTime: 0 };
    }
    if (!tr.docChanged) return h;
    const inverse = tr.changes.invert(tr.startState.doc);
    const now = Date.now();
    const prev = h.done[h.done.length - 1];
    if (prev && now - h.lastTime < GROUP_MS && isTyping(tr)) {
      const merged = { changes: inverse.compose(prev.changes), selection: prev.selection };
      return { done: [...h.done.slice(0, -1), merged], undone: [], lastTime: now };
    }
    const done = [...h.done, { changes: inverse, selection: tr.startState.selection }].slice(
      -MAX_STEPS,
    );
    return { done, undone: [], lastTime: now };
  },
});

function isTyping(tr: Transaction): boolean {
  return tr.isUserEvent("input.type") || tr.isUserEvent("delete.backward");
}

function apply(view: EditorView, kind: "undo" | "redo"): boolean {
  const h = view.state.field(historyField);
  const stack = kind === "undo" ? h.done : h.undone;
  const step = stack[stack.length - 1];
  if (!step) return false;
  view.dispatch({
    changes: step.changes,
    selection: step.selection,
    effects: fromHistory.of(kind),
    userEvent: kind,
    scrollIntoView: true,
  });
  return true;
}

/** The history extension. */
export const history = () => historyField;

/** Mod-z undoes, Mod-y and Shift-Mod-z redo. */
export const historyKeymap: KeyBinding[] = [
  { key: "Mod-z", run: (v) => apply(v, "undo"), preventDefault: true },
  { key: "Mod-y", run: (v) => apply(v, "redo"), preventDefault: true },
  { key: "Shift-Mod-z", run: (v) => apply(v, "redo"), preventDefault: true },
];
