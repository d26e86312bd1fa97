import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unstable_startWorker } from "wrangler";
import { newSigningKeys } from "../../scripts/signing-keys.mjs";

const root = path.join(import.meta.dirname, "..", "..");

export interface RunningApi {
  url: string;
  adminToken: string;
  /** The state folder (D1 and Durable Object SQLite files); removed on dispose unless `keepState`. */
  persist: string;
  /** The DevTools inspector's address when started with `inspector: true` (bench/profile.ts). */
  inspectorUrl?: URL;
  /** Stops the process and starts a new one on the same state folder (a crash-and-restart). */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * The real `wrangler dev` stack (workerd, local D1, Durable Objects, queues, rate limiters) on a
 * free port, with its own fresh state folder, migrated exactly as `npm start` does it.
 */
export async function startApi(
  opts: { patchConfig?: (toml: string) => string; keepState?: boolean; inspector?: boolean } = {},
): Promise<RunningApi> {
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";
  process.env.WRANGLER_SEND_METRICS = "false";
  const persist = mkdtempSync(path.join(tmpdir(), "score360-e2e-"));
  execFileSync(
    path.join(root, "node_modules", ".bin", "wrangler"),
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist],
    { cwd: root, stdio: "pipe", env: { ...process.env, CI: "true" } },
  );
  const adminToken = `e2e-${crypto.randomUUID()}`;
  // A patched config sits beside the real one so its relative paths still resolve.
  const config = opts.patchConfig ? path.join(root, `wrangler.e2e-${path.basename(persist)}.toml`) : path.join(root, "wrangler.toml");
  if (opts.patchConfig) writeFileSync(config, opts.patchConfig(readFileSync(path.join(root, "wrangler.toml"), "utf8")));
  const signingKeys = newSigningKeys();
  const boot = () =>
    unstable_startWorker({
      config,
      envFiles: [],
      bindings: {
        ADMIN_TOKEN: { type: "plain_text", value: adminToken },
        JWT_SIGNING_KEYS: { type: "plain_text", value: signingKeys },
      },
      dev: {
        server: { hostname: "127.0.0.1", port: 0 },
        inspector: opts.inspector ? { hostname: "127.0.0.1", port: 0 } : false,
        logLevel: "warn",
        persist,
        watch: false,
      },
    });
  let worker = await boot();
  const api: RunningApi = {
    url: (await worker.url).toString().replace(/\/$/, ""),
    inspectorUrl: opts.inspector ? await worker.inspectorUrl : undefined,
    adminToken,
    persist,
    async restart() {
      await worker.dispose();
      worker = await boot();
      api.url = (await worker.url).toString().replace(/\/$/, "");
    },
    async dispose() {
      await worker.dispose();
      if (!opts.keepState) rmSync(persist, { recursive: true, force: true });
      if (opts.patchConfig) rmSync(config, { force: true });
    },
  };
  return api;
}

/** One request; `body` is sent as JSON, `raw` as it is (say its content-type in `headers`). */
export async function http(
  api: RunningApi,
  method: string,
  pathname: string,
  opts: { key?: string; body?: unknown; raw?: string | Uint8Array; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${api.url}${pathname}`, {
    method,
    headers,
    body: opts.body === undefined ? opts.raw : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, json, text };
}

export async function newInstitution(api: RunningApi, name = "E2E Bank") {
  const res = await http(api, "POST", "/v1/admin/institutions", { key: api.adminToken, body: { name } });
  if (res.status !== 201) throw new Error(`institution: ${res.status} ${res.text}`);
  return { id: res.json.id as string, test: res.json.api_keys.test.secret as string, live: res.json.api_keys.live.secret as string };
}
