import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { newSigningKeys } from "./scripts/signing-keys.mjs";

const root = import.meta.dirname;
// Limits for a 2-core machine shared with other runs: they catch hangs, not slowness (speed is
// measured by `npm run bench`, never asserted in a test). Inline projects inherit nothing from
// the root config, so each project spreads them.
const limits = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    // The Worker's JSON request log lines would drown the report.
    onConsoleLog: (log) => (log.includes('"request_id":"req_') ? false : undefined),
    projects: [
      // Pure code (scoring core, signatures, helpers): plain Node, no Workers runtime.
      { test: { name: "unit", include: ["test/unit/**/*.test.ts", "sdk/node/test/unit/**/*.test.ts"], environment: "node", ...limits } },
      // The Worker, D1 and Durable Objects inside workerd.
      {
        plugins: [
          cloudflareTest(async () => ({
            main: "./worker/index.ts",
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations(path.join(root, "migrations")),
                ADMIN_TOKEN: "test-admin-token",
                // The origin test/workers/api.ts calls: tokens name it as their issuer.
                API_ISSUER: "https://api.score360.test",
                // A current and a previous key, fresh on each run: tests sign with the second to
                // check that a rotation keeps earlier tokens valid.
                JWT_SIGNING_KEYS: newSigningKeys(2),
                // Webhook retries after ~0 s instead of 5 s, 5 min…: a failing receiver is retried within a test.
                WEBHOOK_RETRY_SCALE: "0.0001",
                // Re-scores never fire on their own here (tests fake the clock, which would put the
                // alarm in the past): test/workers/events.test.ts fires them with runDurableObjectAlarm.
                RESCORE_DELAY_SECONDS: String(10 * 365 * 86_400),
              },
            },
          })),
        ],
        test: {
          name: "workers",
          ...limits,
          include: ["test/workers/**/*.test.ts", "sdk/node/test/workers/**/*.test.ts"],
          setupFiles: ["./test/workers/setup.ts"],
          // A real HTTP receiver in Node for webhook deliveries (test/e2e/receiver.ts).
          globalSetup: ["./test/assets.global.ts", "./test/workers/receiver.global.ts"],
        },
      },
      // The real `wrangler dev` stack over HTTP.
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts", "sdk/node/test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ["./test/assets.global.ts"],
        },
      },
    ],
  },
});
