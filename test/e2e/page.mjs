// Helpers that drive the playground page the way a learner does: by role and accessible name.

/** The page's controls, found by role and name. */
export function controls(page) {
  return {
    python: page.getByRole("textbox", { name: "Python" }),
    typescript: page.getByRole("textbox", { name: "TypeScript" }),
    output: page.getByRole("log", { name: "Output" }),
    run: page.getByRole("button", { name: "Run", exact: true }),
    stop: page.getByRole("button", { name: "Stop", exact: true }),
    share: page.getByRole("button", { name: "Share", exact: true }),
  };
}

/** Opens the playground and waits until the editor shows. */
export async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      document.documentElement.dataset.cspViolation = `${e.violatedDirective} ${e.blockedURI}`;
    });
  });
  await page.goto(url);
  await controls(page).python.waitFor();
  page.errors = errors;
  return page;
}

/** Replaces the Python editor's text (as a paste would, without auto-indent). */
export async function setCode(page, code) {
  const { python } = controls(page);
  await python.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/** The text of an editor pane (all of it is in view for the short programs the tests use). */
export function editorText(locator) {
  return locator.evaluate((el) => [...el.querySelectorAll(".cm-line")].map((l) => l.textContent).join("\n"));
}

/** Runs the program and waits for it to finish; resolves with the console's stdout and stderr. */
export async function runAndWait(page, timeout = 20_000) {
  const { run } = controls(page);
  await page.locator("#output .out-status").evaluate((el) => {
    el.textContent = "";
  });
  await run.click();
  await page.locator("#output .out-status").filter({ hasText: /Exited|Stopped/ }).waitFor({ timeout });
  return consoleText(page);
}

/** What the console shows, split by stream, lines newline-terminated. */
export function consoleText(page) {
  return page.locator("#output .out-body").evaluate((body) => {
    const text = (stream) =>
      [...body.children]
        .filter((l) => l.classList.contains(stream))
        .map((l) => `${l.textContent}\n`)
        .join("");
    return { stdout: text("stdout"), stderr: text("stderr") };
  });
}
