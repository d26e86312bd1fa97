// `npm start`: everything a developer needs on a fresh clone, offline, safe to run again.
// 1. .dev.vars with a random ADMIN_TOKEN and JWT_SIGNING_KEYS (never overwritten)  2. local D1 migrations
// 3. wrangler dev on PORT (default 8787)  4. a sandbox institution, created once, whose
// sk_test_ key is printed on every start. Ctrl-C stops wrangler; local state stays in .wrangler/.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { newSigningKeys } from "./signing-keys.mjs";

const root = path.join(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 8787);
const base = `http://localhost:${port}`;
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", WRANGLER_SEND_ERROR_REPORTS: "false" };
const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
const sandboxFile = path.join(root, ".wrangler", "state", "score360-sandbox.json");

/** NAME's value in .dev.vars, appended with a fresh one when missing; the file is never rewritten. */
function devVar(name, fresh) {
  const file = path.join(root, ".dev.vars");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const found = new RegExp(`^${name}=(.+)$`, "m").exec(current);
  if (found) return found[1].trim().replace(/^["']|["']$/g, "");
  const value = fresh();
  // Single quotes: dotenv keeps the JSON of the signing keys verbatim.
  appendFileSync(file, `${current && !current.endsWith("\n") ? "\n" : ""}${name}='${value}'\n`);
  console.log(`Added a random ${name} to .dev.vars.`);
  return value;
}

async function waitForHealth(child) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error("wrangler dev exited before it was ready");
    try {
      if ((await fetch(`${base}/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing answered on ${base}/v1/health after 60 s`);
}

async function sandboxKey(token) {
  if (existsSync(sandboxFile)) {
    const saved = JSON.parse(readFileSync(sandboxFile, "utf8"));
    const res = await fetch(`${base}/v1/smes?limit=1`, { headers: { authorization: `Bearer ${saved.test_key}` } });
    if (res.ok) return saved;
  }
  const res = await fetch(`${base}/v1/admin/institutions`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "Local sandbox bank" }),
  });
  if (res.status !== 201) throw new Error(`could not create the sandbox institution: ${res.status} ${await res.text()}`);
  const body = await res.json();
  const saved = { institution_id: body.id, test_key: body.api_keys.test.secret, live_key: body.api_keys.live.secret };
  mkdirSync(path.dirname(sandboxFile), { recursive: true });
  writeFileSync(sandboxFile, JSON.stringify(saved, null, 2), { mode: 0o600 });
  return saved;
}

const token = devVar("ADMIN_TOKEN", () => randomBytes(32).toString("hex"));
devVar("JWT_SIGNING_KEYS", () => newSigningKeys());
execFileSync(process.execPath, [path.join(root, "scripts", "copy-docs-assets.mjs")], { stdio: "inherit" });
execFileSync(process.execPath, [path.join(root, "web", "build.mjs")], { stdio: "inherit" });
execFileSync(wrangler, ["d1", "migrations", "apply", "DB", "--local"], { stdio: "inherit", env: { ...env, CI: "true" }, cwd: root });

const child = spawn(wrangler, ["dev", "--port", String(port), "--show-interactive-dev-session=false"], {
  stdio: "inherit",
  env,
  cwd: root,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

try {
  await waitForHealth(child);
  const sandbox = await sandboxKey(token);
  console.log(`
  SCORE360 is running (local, offline).

    Demo         ${base}/demo/   (paste the sandbox key, or get a new one there)
    Sandbox key  ${sandbox.test_key}
    API base     ${base}/v1
    Docs         ${base}/docs
    Institution  ${sandbox.institution_id}  (keys saved in ${path.relative(root, sandboxFile)})

  Try:
    curl -s ${base}/v1/smes?limit=3 -H "Authorization: Bearer ${sandbox.test_key}"
`);
} catch (err) {
  console.error(`npm start: ${err.message}`);
  child.kill("SIGTERM");
  process.exitCode = 1;
}
