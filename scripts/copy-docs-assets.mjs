// Copies the API reference page's script from the npm package into the Worker's static assets,
// so /docs works offline and the bundle is never fetched from a CDN.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const pkg = path.join(root, "node_modules", "@scalar", "api-reference");
const out = path.join(root, "public", "docs");
mkdirSync(out, { recursive: true });
copyFileSync(path.join(pkg, "dist", "browser", "standalone.js"), path.join(out, "scalar.js"));
