// The example gallery: every program in examples/ grouped by topic, each marked ✓ or ✗ once it has
// been run and compared with CPython's recorded output.
import { type Example, TOPICS } from "./examples.js";

/** The sidebar list of examples. */
export class Gallery {
  private readonly items = new Map<string, HTMLButtonElement>();

  /** `open` is called when the learner picks an example. */
  constructor(
    root: HTMLElement,
    examples: Example[],
    private readonly open: (example: Example) => void,
  ) {
    const topics = [
      ...TOPICS,
      ...new Set(examples.map((e) => e.topic).filter((t) => !TOPICS.includes(t))),
    ];
    for (const topic of topics) {
      const group = examples.filter((e) => e.topic === topic);
      if (group.length === 0) continue;
      const details = document.createElement("details");
      details.open = true;
      const summary = document.createElement("summary");
      summary.textContent = `${topic} (${group.length})`;
      const list = document.createElement("ul");
      for (const example of group) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "ex-item";
        button.dataset.file = example.file;
        button.title = example.file;
        const mark = document.createElement("span");
        mark.className = "ex-mark";
        mark.setAttribute("aria-hidden", "true");
        const title = document.createElement("span");
        title.className = "ex-title";
        title.textContent = example.title;
        button.append(mark, title);
        button.addEventListener("click", () => this.open(example));
        const li = document.createElement("li");
        li.append(button);
        list.append(li);
        this.items.set(example.file, button);
      }
      details.append(summary, list);
      root.append(details);
    }
  }

  /** Highlights the example being edited (or none). */
  select(file: string | undefined): void {
    for (const [f, button] of this.items) button.setAttribute("aria-current", String(f === file));
  }

  /** Records whether an example's output matched CPython's. */
  mark(file: string, ok: boolean): void {
    const button = this.items.get(file);
    if (!button) return;
    button.dataset.status = ok ? "pass" : "fail";
    button.querySelector(".ex-mark")!.textContent = ok ? "✓" : "✗";
    button.setAttribute("aria-description", ok ? "matches CPython" : "differs from CPython");
  }
}
