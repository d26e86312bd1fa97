import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ChainedEntry } from "../../worker/audit/chain";
import { call, newInstitution, untilLimited } from "./api";
import { basic, FORM, newClient } from "./oauth-tokens";

const inst = await newInstitution();
const AUDIT_REFUSALS_PER_MINUTE = 10;

const entries = () =>
  runInDurableObject(env.AUDIT_LOG.getByName(`${inst.id}:test`), (_, state) =>
    state.storage.sql.exec<ChainedEntry>("SELECT * FROM entries ORDER BY seq").toArray(),
  );
/** Entries land after each response: wait for the one of `requestId`, which was sent last and is always kept. */
async function settledEntries(requestId: string | null) {
  for (let i = 0; i < 200; i++) {
    const all = await entries();
    if (all.some((e) => e.request_id === requestId)) return all;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no audit entry for ${requestId}`);
}
/** A burst may straddle a minute boundary of the limiter: at most two minutes' worth. */
const AT_MOST = 2 * AUDIT_REFUSALS_PER_MINUTE;
/** `RATE_LIMIT_AUTH_FAILURES` in wrangler.toml: refusals per address and minute. */
const AUTH_FAILURES_PER_MINUTE = 60;

describe("the token endpoint against someone who knows only a client_id", () => {
  it("limits the sender's address, not the client: the real client still gets its token", async () => {
    const client = await newClient(inst.test, "integrator");
    const attacker = { "cf-connecting-ip": "203.0.113.66", "user-agent": `flood/${"x".repeat(300)}` };
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const res = await call("POST", "/v1/oauth/token", {
        raw: "grant_type=client_credentials",
        headers: { "content-type": FORM, authorization: basic(client.id, `guess-${i}`), ...attacker },
      });
      statuses.push(res.status);
    }
    expect(new Set(statuses)).toEqual(new Set([401, 429]));

    const real = await call("POST", "/v1/oauth/token", {
      raw: "grant_type=client_credentials",
      headers: { "content-type": FORM, authorization: basic(client.id, client.secret), "cf-connecting-ip": "198.51.100.10" },
    });
    expect(real.status).toBe(200);

    // The log keeps that it happened (the first refusals) without 60 entries, and short user agents.
    const mine = (await settledEntries(real.headers.get("request-id"))).filter((e) => e.actor === client.id);
    const refusals = mine.filter((e) => e.status === 401 || e.status === 429);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.length).toBeLessThanOrEqual(AT_MOST);
    expect(refusals.every((e) => e.ip === "203.0.113.66" && e.user_agent!.length <= 64)).toBe(true);
  }, 60_000);
});

describe("refused API credentials", () => {
  it("a revoked key is rate limited per address, and its refusals are sampled in the log", async () => {
    const { json: key } = await call("POST", "/v1/api-keys", { key: inst.test, body: { name: "old", role: "viewer" } });
    expect((await call("DELETE", `/v1/api-keys/${key.id}`, { key: inst.test })).status).toBe(200);
    const from = { "cf-connecting-ip": "203.0.113.77" };
    const statuses = (await untilLimited(AUTH_FAILURES_PER_MINUTE, () => call("GET", "/v1/smes", { key: key.secret, headers: from }))).map(
      (r) => r.status,
    );
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.at(-1)).toBe(429);
    const limited = await call("GET", "/v1/smes", { key: key.secret, headers: from });
    expect(limited.json.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);

    // Unknown keys and garbage count against the same address; other addresses are untouched.
    expect((await call("GET", "/v1/smes", { key: "sk_test_unknown", headers: from })).status).toBe(429);
    expect((await call("GET", "/v1/smes", { key: "sk_test_unknown" })).status).toBe(401);
    const accepted = await call("GET", "/v1/smes", { key: inst.test, headers: from });
    expect(accepted.status).toBe(200);

    const refusals = (await settledEntries(accepted.headers.get("request-id"))).filter((e) => e.actor === key.id && e.status >= 400);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.length).toBeLessThanOrEqual(AT_MOST);
  }, 60_000);
});

describe("refused operator tokens", () => {
  it("count against the sender's address: 401s, then 429; the real operator elsewhere is served", async () => {
    const from = { "cf-connecting-ip": "203.0.113.88" };
    const statuses = (
      await untilLimited(AUTH_FAILURES_PER_MINUTE, (i) =>
        call("POST", "/v1/admin/institutions", { key: `guess-${i}`, body: { name: "Nope" }, headers: from }),
      )
    ).map((r) => r.status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.at(-1)).toBe(429);
    const limited = await call("POST", "/v1/admin/institutions", { key: "guess", body: { name: "Nope" }, headers: from });
    expect(limited.json.error.code).toBe("rate_limited");

    const operator = await call("POST", "/v1/admin/institutions", { key: env.ADMIN_TOKEN, body: { name: "Real" } });
    expect(operator.status).toBe(201);
  }, 60_000);
});
