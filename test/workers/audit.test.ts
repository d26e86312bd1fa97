import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ChainedEntry } from "../../worker/audit/chain";
import { recordAudit } from "../../worker/audit/record";
import { ADMIN_TOKEN, call, newInstitution, sme } from "./api";
import { basic, claimsFor, forge, newClient, signingJwks, tokenFor, tokenRequest } from "./oauth-tokens";

const inst = await newInstitution();
const { json: auditor } = await call("POST", "/v1/api-keys", { key: inst.test, body: { name: "audit", role: "auditor" } });
const logOf = (institutionId: string) => env.AUDIT_LOG.getByName(`${institutionId}:test`);

/**
 * Every entry of a log, read straight from the Durable Object's storage. The log makes its table
 * on its first append, which comes after the response: until then it holds nothing.
 */
const storedIn = (log: ReturnType<typeof logOf>) =>
  runInDurableObject(log, (_, state) =>
    state.storage.sql.exec("SELECT 1 FROM sqlite_master WHERE name = 'entries'").toArray().length === 0
      ? []
      : state.storage.sql.exec<ChainedEntry>("SELECT * FROM entries ORDER BY seq").toArray(),
  );
const stored = (institutionId = inst.id) => storedIn(logOf(institutionId));

/** Entries are appended after the response (waitUntil): wait until the one for `requestId` landed. */
async function entryFor(requestId: string | null, institutionId = inst.id) {
  for (let i = 0; i < 100; i++) {
    const found = (await stored(institutionId)).find((e) => e.request_id === requestId);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no audit entry for ${requestId}`);
}

describe("the audit log", () => {
  it("records an authenticated request: actor, action, resource, status, request id, ip, user agent", async () => {
    await call("POST", "/v1/smes", { key: inst.test, body: sme("AUD_1") });
    const res = await call("GET", "/v1/smes/AUD_1", {
      key: inst.test,
      headers: { "cf-connecting-ip": "198.51.100.7", "user-agent": "bank-gw/2.1" },
    });
    const entry = await entryFor(res.headers.get("request-id"));
    expect(entry).toMatchObject({
      action: "GET /v1/smes/:sme_id",
      resource: "/v1/smes/AUD_1",
      status: 200,
      ip: "198.51.100.7",
      user_agent: "bank-gw/2.1",
    });
    expect(entry.actor).toMatch(/^key_/);
  });

  it("records the operator's creation of an institution, and of its first keys, in both of its logs", async () => {
    const created = await call("POST", "/v1/admin/institutions", { key: ADMIN_TOKEN, body: { name: "Audited Bank" } });
    expect(created.status).toBe(201);
    for (const environment of ["live", "test"]) {
      const log = () => storedIn(env.AUDIT_LOG.getByName(`${created.json.id}:${environment}`));
      let entries = await log();
      for (let i = 0; i < 100 && entries.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 20));
        entries = await log();
      }
      expect(entries[0], environment).toMatchObject({
        seq: 1,
        actor: "operator",
        action: "POST /v1/admin/institutions",
        status: 201,
        request_id: created.headers.get("request-id"),
      });
    }
  });

  it("records refusals of a known institution's credentials: revoked, expired, insufficient scope", async () => {
    const { json: viewer } = await call("POST", "/v1/api-keys", { key: inst.test, body: { name: "v", role: "viewer" } });
    const forbidden = await call("POST", "/v1/smes", { key: viewer.secret, body: sme("NOPE") });
    expect(await entryFor(forbidden.headers.get("request-id"))).toMatchObject({ actor: viewer.id, status: 403, action: "POST /v1/smes" });

    await call("DELETE", `/v1/api-keys/${viewer.id}`, { key: inst.test });
    const revoked = await call("GET", "/v1/smes", { key: viewer.secret });
    expect(await entryFor(revoked.headers.get("request-id"))).toMatchObject({ actor: viewer.id, status: 401 });

    const client = await newClient(inst.test, "viewer");
    const expired = { ...claimsFor(client.id, inst.id, "smes:read"), iat: 1_000, exp: 2_000 };
    const [current] = signingJwks();
    const token = await forge({ alg: "RS256", typ: "at+jwt", kid: current!.kid }, expired, { jwk: current! });
    const refused = await call("GET", "/v1/smes", { key: token });
    expect(refused.status).toBe(401);
    expect(await entryFor(refused.headers.get("request-id"))).toMatchObject({ actor: client.id, status: 401 });
  });

  it("records token requests of known clients, granted or refused", async () => {
    const client = await newClient(inst.test, "integrator");
    const bad = await tokenRequest({ form: { grant_type: "client_credentials" }, authorization: basic(client.id, "wrong") });
    expect(await entryFor(bad.headers.get("request-id"))).toMatchObject({ actor: client.id, action: "POST /v1/oauth/token", status: 401 });
    const good = await tokenRequest({ form: { grant_type: "client_credentials" }, authorization: basic(client.id, client.secret) });
    expect(await entryFor(good.headers.get("request-id"))).toMatchObject({ actor: client.id, status: 200 });
  });

  it("keeps that an erasure happened, not the erased data", async () => {
    await call("POST", "/v1/smes", {
      key: inst.test,
      body: sme("AUD_ERASE", { name: "Boulangerie Secrète", metadata: { branch: "Dakar-Plateau" } }),
    });
    const erased = await call("DELETE", "/v1/smes/AUD_ERASE", { key: inst.test });
    expect(erased.status).toBe(200);
    expect(await entryFor(erased.headers.get("request-id"))).toMatchObject({
      action: "DELETE /v1/smes/:sme_id",
      resource: "/v1/smes/AUD_ERASE",
      status: 200,
    });
    const all = JSON.stringify(await stored());
    expect(all).not.toContain("Boulangerie");
    expect(all).not.toContain("Dakar-Plateau");
  });

  it("lists entries newest first with filters and cursor pagination", async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const res = await call("GET", `/v1/smes/AUD_PAGE_${n}`, { key: inst.test });
      ids.push(res.headers.get("request-id")!);
    }
    await entryFor(ids[2]!);
    const page1 = await call("GET", "/v1/audit-logs?limit=2&status=404&action=GET%20/v1/smes/:sme_id", { key: auditor.secret });
    expect(page1.status).toBe(200);
    expect(page1.json.data.map((e: { request_id: string }) => e.request_id)).toEqual([ids[2], ids[1]]);
    expect(page1.json.data[0]).toMatchObject({
      object: "audit_entry",
      at: expect.stringMatching(/Z$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const page2 = await call("GET", `/v1/audit-logs?limit=2&status=404&action=GET%20/v1/smes/:sme_id&cursor=${page1.json.next_cursor}`, {
      key: auditor.secret,
    });
    expect(page2.json.data.map((e: { request_id: string }) => e.request_id)).toEqual([ids[0]]);
    expect(page2.json.has_more).toBe(false);

    const seqs = (await stored()).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const future = await call("GET", "/v1/audit-logs?from=2999-01-01T00:00:00Z", { key: auditor.secret });
    expect(future.json.data).toEqual([]);
  });

  it("is readable with audit:read only", async () => {
    const res = await call("GET", "/v1/audit-logs", {
      key: (await call("POST", "/v1/api-keys", { key: inst.test, body: { name: "i", role: "integrator" } })).json.secret,
    });
    expect(res.status).toBe(403);
  });

  it("never holds a secret, key or token", async () => {
    const client = await newClient(inst.test, "admin");
    const token = await tokenFor(client);
    await call("GET", "/v1/smes", { key: token });
    // A credential pasted where it does not belong (path, user agent) is redacted too.
    const misplaced = await call("GET", `/v1/smes/${inst.test}`, { key: inst.test, headers: { "user-agent": `curl ${token}` } });
    const entry = await entryFor(misplaced.headers.get("request-id"));
    expect(entry.resource).toBe("/v1/smes/[redacted]");
    expect(entry.user_agent).toBe("curl [redacted]");
    const all = JSON.stringify(await stored());
    for (const secret of [inst.test, inst.live, auditor.secret, client.secret, token, token.split(".")[2]!]) {
      expect(all).not.toContain(secret);
    }
  });

  it("verifies the chain, and names an entry tampered with in storage", async () => {
    const ok = await call("GET", "/v1/audit-logs/verify", { key: auditor.secret });
    expect(ok.json).toMatchObject({ object: "audit_verification", valid: true, first_broken: null, head: { seq: expect.any(Number) } });
    expect(ok.json.entries).toBeGreaterThan(5);

    const victim = (await stored())[3]!;
    await runInDurableObject(logOf(inst.id), (_, state) => {
      state.storage.sql.exec("UPDATE entries SET status = 200, actor = 'key_innocent' WHERE seq = ?", victim.seq);
    });
    const broken = await call("GET", "/v1/audit-logs/verify", { key: auditor.secret });
    expect(broken.json).toMatchObject({ valid: false, first_broken: { seq: victim.seq, id: victim.id, reason: "hash_mismatch" } });
  });
});

describe("a failed append", () => {
  it("is parked in the D1 outbox and reaches the log on its next read", async () => {
    const other = await newInstitution();
    const { json: reader } = await call("POST", "/v1/api-keys", { key: other.test, body: { name: "a", role: "auditor" } });
    const entry = {
      id: "log_parked",
      at: Date.now(),
      actor: "key_x",
      action: "GET /v1/smes",
      resource: null,
      status: 200,
      request_id: "req_parked",
      ip: null,
      user_agent: null,
    };
    await recordAudit(env, { institutionId: other.id, environment: "test" }, entry, {
      append: () => Promise.reject(new Error("log unavailable")),
    });
    const parked = await env.DB.prepare("SELECT entry FROM audit_outbox WHERE institution_id = ?").bind(other.id).all();
    expect(parked.results).toHaveLength(1);

    const list = await call("GET", "/v1/audit-logs?actor=key_x", { key: reader.secret });
    expect(list.json.data).toEqual([expect.objectContaining({ id: "log_parked", request_id: "req_parked" })]);
    expect((await env.DB.prepare("SELECT 1 FROM audit_outbox WHERE institution_id = ?").bind(other.id).all()).results).toEqual([]);
    expect((await call("GET", "/v1/audit-logs/verify", { key: reader.secret })).json.valid).toBe(true);
  });
});
