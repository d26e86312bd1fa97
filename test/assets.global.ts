import { execFileSync } from "node:child_process";
import path from "node:path";
import { buildWeb } from "../web/build.mjs";

/** The Worker's static assets (the docs page's script, the web front) must exist before workerd starts: a fresh clone has none. */
export default async function buildAssets() {
  execFileSync(process.execPath, [path.join(import.meta.dirname, "../scripts/copy-docs-assets.mjs")], { stdio: "inherit" });
  await buildWeb();
}
