import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundle } from "../../../web/build.mjs";

/** The issue's budget for the demo's JavaScript and CSS together, gzipped. */
const BUDGET_BYTES = 100 * 1024;

describe("the web front's weight", () => {
  it(`JS + CSS stay within ${BUDGET_BYTES / 1024} KB gzipped`, async () => {
    const result = await bundle({ write: false });
    const files = result.outputFiles!.filter((f) => /\.(js|css)$/.test(f.path));
    expect(files.map((f) => f.path.split("/").pop()).sort()).toEqual(["app.js", "site.css"]);
    const gzipped = files.reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).length, 0);
    console.log(
      `web front: ${files.map((f) => `${f.path.split("/").pop()} ${f.contents.length} B`).join(", ")}; ${gzipped} B gzipped in total`,
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
