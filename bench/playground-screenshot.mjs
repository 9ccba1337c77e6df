// Takes the README screenshot (`node bench/playground-screenshot.mjs [--no-build]`): builds the
// playground into test/e2e/tmp/shot-dist, checks every example, opens 000_gather_speedup.py, runs it
// and hovers a waiting span; writes docs/playground.png (light) and test/e2e/tmp/playground-dark.png.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { launch } from "../test/e2e/browser.mjs";
import { open, runAndWait } from "../test/e2e/page.mjs";
import { serve } from "../test/e2e/serve.mjs";

const root = join(import.meta.dirname, "..");
const dist = join(root, "test", "e2e", "tmp", "shot-dist");
const EXAMPLE = "000_gather_speedup.py";

if (!process.argv.includes("--no-build")) {
  const build = ["vite", "build", "--logLevel", "warn", "--outDir", dist, "--emptyOutDir"];
  execFileSync("npx", build, { cwd: root, stdio: "inherit" });
}

const server = await serve(dist);
const browser = await launch();
try {
  for (const [colorScheme, file] of [
    ["light", join(root, "docs", "playground.png")],
    ["dark", join(root, "test", "e2e", "tmp", "playground-dark.png")],
  ]) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme,
    });
    const page = await open(context, server.url);
    await page.locator("#status").filter({ hasText: "Ready" }).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Check all" }).click();
    await page
      .locator("#status")
      .filter({ hasText: /examples match CPython/ })
      .waitFor({ timeout: 300_000 });
    await page.locator(`.ex-item[data-file="${EXAMPLE}"]`).click();
    await runAndWait(page);
    await page.locator(".cm-line", { hasText: "await asyncio.sleep" }).first().click();
    await page.locator(".tl-row[data-task='2'] .tl-waiting").first().hover();
    await page.getByRole("tooltip").waitFor();
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
