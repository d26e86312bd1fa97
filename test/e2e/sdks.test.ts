import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sdkFiles } from "../../scripts/sdk-codegen/files";
import { newInstitution, type RunningApi, startApi } from "./harness";
import { missingToolchain, runSuite, SUITES } from "./sdk-suites";

const root = path.join(import.meta.dirname, "..", "..");

let api: RunningApi;
beforeAll(async () => {
  api = await startApi({
    // Live keys held to 3 requests per 10 s, so each suite reaches a real 429 with a fresh key even on a slow machine.
    patchConfig: (toml) => toml.replace(/(name = "RATE_LIMIT_LIVE"[\s\S]*?simple = )\{[^}]*\}/, "$1{ limit = 3, period = 10 }"),
  });
});
afterAll(() => api?.dispose());

describe("generated SDK code", () => {
  it("matches what scripts/sdk-codegen makes of the OpenAPI document the Worker serves (npm run sdk:generate)", async () => {
    const doc = await (await fetch(`${api.url}/v1/openapi.json`)).json();
    const expected = sdkFiles(doc);
    for (const [file, text] of Object.entries(expected)) {
      expect(readFileSync(path.join(root, file), "utf8"), `${file} is stale: run npm run sdk:generate`).toBe(text);
    }
    // No generated file left behind by an operation or schema that is gone.
    for (const dir of ["sdk/php/src/Model", "sdk/php/src/Service"]) {
      const present = readdirSync(path.join(root, dir)).map((f) => `${dir}/${f}`);
      expect(
        present.filter((f) => !(f in expected)),
        `stale files in ${dir}`,
      ).toEqual([]);
    }
  });
});

describe.each(SUITES.map((suite) => [suite.name, suite] as const))("the %s SDK's own suite against the running Worker", (_name, suite) => {
  const missing = missingToolchain(suite);
  if (missing) {
    // A developer laptop may lack a toolchain: say so plainly. CI installs them all (.ci/run).
    if (process.env.CI === "true") throw new Error(`${suite.name} SDK suite cannot run under CI: ${missing}`);
    console.warn(`SKIPPED the ${suite.name} SDK suite: ${missing}`);
  }
  it.skipIf(Boolean(missing))(
    `passes (${suite.dir})`,
    async () => {
      const { test, live } = await newInstitution(api, `${suite.name} SDK`);
      const run = await runSuite(suite, {
        SCORE360_BASE_URL: `${api.url}/v1`,
        SCORE360_TEST_KEY: test,
        SCORE360_LIVE_KEY: live,
        SCORE360_CONTRACT: "required",
      });
      expect(run.ok, run.output).toBe(true);
      expect(suite.ranAll(run.output), `some ${suite.name} tests did not run:\n${run.output}`).toBe(true);
    },
    300_000,
  );
});
