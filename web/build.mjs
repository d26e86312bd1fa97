// Builds the web front (landing page, demo, /docs glue) into the Worker's static assets folder
// (public/): one JS bundle and one CSS file by esbuild, and the HTML pages with their French
// text written in from web/strings.json, so the first paint needs no script.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = path.join(import.meta.dirname, "..");
const web = path.join(root, "web");
const strings = JSON.parse(readFileSync(path.join(web, "strings.json"), "utf8"));

/** The bundle: JS and CSS, minified. `write: false` keeps it in memory (the size test). */
export async function bundle({ outdir = path.join(root, "public", "assets"), write = true } = {}) {
  return esbuild.build({
    entryPoints: [
      { in: path.join(web, "src", "main.ts"), out: "app" },
      { in: path.join(web, "styles.css"), out: "site" },
    ],
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2022", "chrome120", "firefox120", "safari16"],
    outdir,
    write,
    legalComments: "none",
    logLevel: "warning",
  });
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const french = (key, where) => {
  if (!strings[key]) throw new Error(`${where}: no string "${key}" in web/strings.json`);
  return escapeHtml(strings[key].fr);
};

/** A page template with its partials included and every `data-t` / `data-t-<attr>` filled in French. */
export function renderPage(file) {
  const partial = (name) => readFileSync(path.join(web, "pages", `_${name}.html`), "utf8").trim();
  const html = readFileSync(file, "utf8").replace(/<!--#(\w+)-->/g, (_m, name) => partial(name));
  return html
    .replace(
      /<([a-z][a-z0-9]*)\b([^>]*?)\sdata-t="([\w.]+)"([^>]*)><\/\1>/g,
      (_m, tag, before, key, after) => `<${tag}${before} data-t="${key}"${after}>${french(key, file)}</${tag}>`,
    )
    .replace(/\sdata-t-([a-z-]+)="([\w.]+)"/g, (m, attr, key) => `${m} ${attr}="${french(key, file)}"`);
}

const pages = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return name.endsWith(".html") && !name.startsWith("_") ? [full] : [];
  });

export async function buildWeb(out = path.join(root, "public")) {
  await bundle({ outdir: path.join(out, "assets") });
  for (const file of pages(path.join(web, "pages"))) {
    const target = path.join(out, path.relative(path.join(web, "pages"), file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, renderPage(file));
  }
  mkdirSync(path.join(out, "docs"), { recursive: true });
  copyFileSync(path.join(web, "docs-init.js"), path.join(out, "docs", "init.js"));
  copyFileSync(path.join(web, "favicon.svg"), path.join(out, "favicon.svg"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildWeb();
