import { execFileSync } from "node:child_process";
import path from "node:path";

/** The Worker's static assets (the docs page's script) must exist before workerd starts: a fresh clone has none. */
export default function copyDocsAssets() {
  execFileSync(process.execPath, [path.join(import.meta.dirname, "../scripts/copy-docs-assets.mjs")], { stdio: "inherit" });
}
