import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ChainedEntry } from "../../worker/audit/chain";
import { call, untilLimited } from "./api";

let ips = 0;
/** A client address of its own per test: the per-IP budget of one test never spends another's. */
/** `RATE_LIMIT_SIGNUP` in wrangler.toml: signups per client address and minute. */
const SIGNUPS_PER_MINUTE = 5;
const freshIp = () => `203.0.113.${++ips}`;
const signup = (body: unknown, ip = freshIp(), headers: Record<string, string> = {}) =>
  call("POST", "/v1/sandbox/signups", { body, headers: { "cf-connecting-ip": ip, ...headers } });
const form = (email: string) => ({ organization: "Banque Atlantique Sénégal", email, country: "SN" });

const count = async (table: string) => (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())!.n;
const totals = async () => ({
  institutions: await count("institutions"),
  keys: await count("api_keys"),
  smes: await count("smes"),
  signups: await count("sandbox_signups"),
});

async function auditEntries(institutionId: string, wanted: number) {
  const log = env.AUDIT_LOG.getByName(`${institutionId}:test`);
  for (let i = 0; i < 100; i++) {
    const rows = await runInDurableObject(log, (_, state) =>
      state.storage.sql.exec<ChainedEntry>("SELECT * FROM entries ORDER BY seq").toArray(),
    );
    if (rows.length >= wanted) return rows;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("audit entries never landed");
}

describe("POST /v1/sandbox/signups", () => {
  it("creates a sandbox-only institution with its 50 mock SMEs and returns a test key once", async () => {
    const before = await totals();
    const res = await signup(form("ama.diallo@bank.sn"));
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.json).toMatchObject({
      object: "sandbox_signup",
      organization: "Banque Atlantique Sénégal",
      sandbox: { mock_smes: 50 },
      api_key: { role: "admin" },
    });
    const key = res.json.api_key.secret as string;
    expect(key).toMatch(/^sk_test_/);

    const smes = await call("GET", "/v1/smes?limit=100", { key });
    expect(smes.status).toBe(200);
    expect(smes.json.data).toHaveLength(50);
    const after = await totals();
    expect(after).toEqual({
      institutions: before.institutions + 1,
      keys: before.keys + 1,
      smes: before.smes + 50,
      signups: before.signups + 1,
    });
    const live = await env.DB.prepare("SELECT COUNT(*) AS n FROM api_keys WHERE institution_id = ? AND environment = 'live'")
      .bind(res.json.institution_id)
      .first<{ n: number }>();
    expect(live!.n).toBe(0);
    // Its keys can only ever make test keys: the environment comes from the calling key.
    const another = await call("POST", "/v1/api-keys", { key, body: { name: "second", role: "viewer" } });
    expect(another.json.secret).toMatch(/^sk_test_/);
  });

  it("keeps a hash of the normalised address, never the address", async () => {
    const res = await signup(form("Kofi.Mensah+demo@Example.TG"));
    expect(res.status).toBe(201);
    const row = await env.DB.prepare("SELECT * FROM sandbox_signups WHERE institution_id = ?")
      .bind(res.json.institution_id)
      .first<Record<string, unknown>>();
    expect(row!.email_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row).toLowerCase()).not.toContain("kofi");
  });

  it("refuses a second signup with the same address (any case, any +tag), creating nothing, and audits both", async () => {
    const first = await signup(form("fatou.sow@microfinance.ml"));
    expect(first.status).toBe(201);
    const before = await totals();
    for (const email of ["fatou.sow@microfinance.ml", " FATOU.SOW@Microfinance.ML ", "fatou.sow+2@microfinance.ml"]) {
      const again = await signup(form(email));
      expect(again.status, email).toBe(409);
      expect(again.json.error.code).toBe("signup_already_exists");
      expect(again.text).not.toContain("sk_test_");
    }
    expect(await totals()).toEqual(before);
    const entries = await auditEntries(first.json.institution_id, 4);
    expect(entries.map((e) => [e.action, e.status, e.actor])).toEqual([
      ["POST /v1/sandbox/signups", 201, "public_signup"],
      ...Array(3).fill(["POST /v1/sandbox/signups", 409, "public_signup"]),
    ]);
    expect(entries[0]!.ip).toMatch(/^203\.0\.113\./);
  });

  it("of two racing signups with one address, exactly one gets a sandbox", async () => {
    const before = await totals();
    const results = await Promise.all([signup(form("race@bank.ci")), signup(form("race@bank.ci"))]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await totals()).institutions).toBe(before.institutions + 1);
  });

  it("allows a few signups per minute per client address, then 429 with Retry-After; other addresses go on", async () => {
    const ip = freshIp();
    const answers = await untilLimited(SIGNUPS_PER_MINUTE, (i) => signup(form(`burst${i}@bank.sn`), ip));
    expect(answers.slice(0, 5).map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const refused = answers.at(-1)!;
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe("rate_limited");
    expect(refused.headers.get("retry-after")).toBe("60");
    expect((await signup(form("elsewhere@bank.sn"))).status).toBe(201);
  });

  it("refuses bad bodies with a stable code and stores nothing", async () => {
    const before = await totals();
    const cases: [unknown, number, string][] = [
      [{ ...form("x@bank.sn"), extra: 1 }, 400, "validation_failed"],
      [{ ...form("not-an-address"), email: "not-an-address" }, 400, "validation_failed"],
      [{ ...form("y@bank.sn"), country: "FR" }, 400, "validation_failed"],
      [{ ...form("z@bank.sn"), organization: "x".repeat(121) }, 400, "validation_failed"],
      [{ ...form("big@bank.sn"), organization: "x".repeat(5000) }, 413, "payload_too_large"],
    ];
    for (const [body, status, code] of cases) {
      const res = await signup(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(res.json.error.code).toBe(code);
    }
    const text = await call("POST", "/v1/sandbox/signups", {
      raw: "organization=x",
      headers: { "content-type": "application/x-www-form-urlencoded", "cf-connecting-ip": freshIp() },
    });
    expect(text.json.error.code).toBe("unsupported_media_type");
    expect(await totals()).toEqual(before);
  });

  it("is in the OpenAPI document as a public operation", async () => {
    const doc = (await call("GET", "/v1/openapi.json")).json;
    const op = doc.paths["/v1/sandbox/signups"].post;
    expect(op.operationId).toBe("sandbox.signups.create");
    expect(op.security).toEqual([]);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["201", "409", "413", "429"]));
  });
});
