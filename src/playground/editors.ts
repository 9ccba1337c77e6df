// The two CodeMirror panes: the Python editor (lint markers, run key) and the read-only TypeScript
// it becomes, both following the system's light or dark theme.
import { autocompletion, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import {
  type Diagnostic as LintDiagnostic,
  lintGutter,
  lintKeymap,
  setDiagnostics,
} from "@codemirror/lint";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import { oneDark } from "@codemirror/theme-one-dark";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import type { Diagnostic } from "../../transpiler/diagnostics.js";
import { linkedLines, trackLine } from "./linked-lines.js";

const dark = window.matchMedia("(prefers-color-scheme: dark)");
const themeFor = (isDark: boolean): Extension =>
  isDark ? oneDark : syntaxHighlighting(defaultHighlightStyle, { fallback: true });
dark.addEventListener("change", () => {
  for (const { view, compartment } of themed) {
    view.dispatch({ effects: compartment.reconfigure(themeFor(dark.matches)) });
  }
});
const themed: { view: EditorView; compartment: Compartment }[] = [];

function common(
  theme: Compartment,
  label: string,
  onLine: (line: number | null) => void,
): Extension[] {
  return [
    theme.of(themeFor(dark.matches)),
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    drawSelection(),
    highlightActiveLine(),
    bracketMatching(),
    EditorView.lineWrapping,
    linkedLines,
    trackLine(onLine),
    EditorView.contentAttributes.of({ "aria-label": label }),
  ];
}

function mount(parent: HTMLElement, state: EditorState, compartment: Compartment): EditorView {
  const view = new EditorView({ state, parent });
  themed.push({ view, compartment });
  return view;
}

/** Options for the Python editor. */
export interface PythonEditorOptions {
  doc: string;
  onChange(doc: string): void;
  onRun(): void;
  onLine(line: number | null): void;
}

/** Creates the Python editor (accessible name "Python"). */
export function pythonEditor(parent: HTMLElement, o: PythonEditorOptions): EditorView {
  const theme = new Compartment();
  const state = EditorState.create({
    doc: o.doc,
    extensions: [
      ...common(theme, "Python", o.onLine),
      keymap.of([
        {
          key: "Mod-Enter",
          run: () => {
            o.onRun();
            return true;
          },
          preventDefault: true,
        },
        ...closeBracketsKeymap,
        ...defaultKeymap,
        ...historyKeymap,
        ...lintKeymap,
        // Tab indents; Esc then Tab moves focus on (CodeMirror's tab-focus mode).
        indentWithTab,
      ]),
      history(),
      python(),
      indentUnit.of("    "),
      indentOnInput(),
      closeBrackets(),
      autocompletion(),
      lintGutter(),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) o.onChange(u.state.doc.toString());
      }),
    ],
  });
  return mount(parent, state, theme);
}

/** Creates the read-only TypeScript pane (accessible name "TypeScript"). */
export function typescriptPane(
  parent: HTMLElement,
  onLine: (line: number | null) => void,
): EditorView {
  const theme = new Compartment();
  const state = EditorState.create({
    doc: "",
    extensions: [
      ...common(theme, "TypeScript", onLine),
      javascript({ typescript: true }),
      keymap.of(defaultKeymap),
      EditorState.readOnly.of(true),
      EditorView.contentAttributes.of({ "aria-readonly": "true" }),
    ],
  });
  return mount(parent, state, theme);
}

/** Replaces a pane's whole text (keeping the scroll position where it can). */
export function setText(view: EditorView, text: string): void {
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Shows the transpiler's diagnostics as lint markers in the Python editor. */
export function showDiagnostics(view: EditorView, diagnostics: Diagnostic[]): void {
  const length = view.state.doc.length;
  const marks: LintDiagnostic[] = diagnostics.map((d) => ({
    from: Math.min(d.from, length),
    to: Math.min(Math.max(d.to, d.from), length),
    severity: d.severity,
    message: d.kind === "NotSupported" ? d.message : `${d.kind}: ${d.message}`,
  }));
  view.dispatch(setDiagnostics(view.state, marks));
}

/** Puts the cursor at the start of a 1-based line, scrolls to it and focuses the editor. */
export function goToLine(view: EditorView, line: number): void {
  const n = Math.min(Math.max(1, line), view.state.doc.lines);
  const pos = view.state.doc.line(n).from;
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}
