import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads nothing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export async function launch(): Promise<Browser> {
  // Without --disable-background-networking Chromium keeps calling home, and the closed network refuses it.
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
}

/**
 * What a page did wrong while the test drove it: console errors (a CSP violation is one),
 * uncaught exceptions, and any request to another origin than the Worker's.
 */
export function watch(context: BrowserContext, origin: string) {
  const problems: string[] = [];
  context.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol !== "data:" && url.origin !== origin) problems.push(`request to another origin: ${req.url()}`);
  });
  const onPage = (page: Page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error on ${page.url()}: ${msg.text()} ${msg.location().url}`);
    });
    page.on("pageerror", (err) => problems.push(`uncaught on ${page.url()}: ${err.message}`));
  };
  context.on("page", onPage);
  return { problems, onPage };
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: the page itself still allows no inline script.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (
      globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }
    ).axe.run(),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

/** Whether the chart in `selector` drew something: a canvas with at least one non-transparent pixel. */
export async function chartDrawn(page: Page, selector: string): Promise<boolean> {
  // A string: it runs in the page, whose DOM types this Node project does not load.
  return page.evaluate(`(() => {
    const canvas = document.querySelector(${JSON.stringify(`${selector} canvas`)});
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) return true;
    return false;
  })()`);
}

/** Saves a screenshot when SCORE360_SCREENSHOTS names a folder (docs/screenshots for the README). */
export async function screenshot(page: Page, name: string) {
  const dir = process.env.SCORE360_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
