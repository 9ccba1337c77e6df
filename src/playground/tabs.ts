// A WAI-ARIA tab list: click or arrow keys switch which panel shows.

/** Wires the tabs inside `list` to the panels their aria-controls name. */
export function tabs(
  list: HTMLElement,
  onSwitch: (panelId: string) => void = () => {},
): (panelId: string) => void {
  const all = [...list.querySelectorAll<HTMLButtonElement>("[role=tab]")];
  const show = (panelId: string) => {
    for (const tab of all) {
      const selected = tab.getAttribute("aria-controls") === panelId;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")!)!.hidden = !selected;
    }
    onSwitch(panelId);
  };
  all.forEach((tab, i) => {
    tab.addEventListener("click", () => show(tab.getAttribute("aria-controls")!));
    tab.addEventListener("keydown", (ev) => {
      const step = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = all[(i + step + all.length) % all.length]!;
      next.focus();
      show(next.getAttribute("aria-controls")!);
    });
  });
  return show;
}
