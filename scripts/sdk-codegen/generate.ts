// `npm run sdk:generate`: starts the Worker, reads the OpenAPI document it serves and writes the
// generated parts of the Python, PHP and Go SDKs (models, resource tables) and the shared
// webhook test vectors. The drift test (test/e2e/sdks.test.ts) fails when they differ.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unstable_startWorker } from "wrangler";
import { sdkFiles } from "./files";

const root = path.join(import.meta.dirname, "..", "..");
process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";
process.env.WRANGLER_SEND_METRICS = "false";

const doc = process.argv[2] ? JSON.parse((await import("node:fs")).readFileSync(process.argv[2], "utf8")) : await served();
for (const [file, text] of Object.entries(sdkFiles(doc))) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
}

async function served(): Promise<unknown> {
  const worker = await unstable_startWorker({
    config: path.join(root, "wrangler.toml"),
    envFiles: [],
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      logLevel: "warn",
      watch: false,
      persist: path.join(root, ".wrangler", "sdk-codegen"),
    },
  });
  try {
    const res = await fetch(new URL("/v1/openapi.json", await worker.url));
    if (!res.ok) throw new Error(`GET /v1/openapi.json: ${res.status}`);
    return await res.json();
  } finally {
    await worker.dispose();
  }
}
