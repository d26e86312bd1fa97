import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";

const inst = await newInstitution();
const post = (key: string, body: unknown) => call("POST", "/v1/smes", { key: inst.live, body, headers: { "idempotency-key": key } });
const count = async () =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM smes WHERE institution_id = ? AND environment = 'live'")
    .bind(inst.id)
    .first<{ n: number }>())!.n;

describe("Idempotency-Key", () => {
  it("replays the first response for the same request", async () => {
    const first = await post("k-1", sme("IDEM_1"));
    const again = await post("k-1", sme("IDEM_1"));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.json).toEqual(first.json);
    expect(await count()).toBe(1);
  });

  it("refuses the key with a different body (422) and stores nothing", async () => {
    const before = await count();
    const res = await post("k-1", sme("IDEM_2"));
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("idempotency_key_reused");
    expect(await count()).toBe(before);
  });

  it("answers 409 while the first request is in flight, and lets a dead one be taken over", async () => {
    const now = Date.now();
    const body = JSON.stringify(sme("IDEM_3"));
    const keyId = (await env.DB.prepare("SELECT id FROM api_keys WHERE institution_id = ? AND environment = 'live' ORDER BY seq LIMIT 1")
      .bind(inst.id)
      .first<{ id: string }>())!.id;
    const hash = [...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${keyId}\nPOST /v1/smes\n${body}`)))]
      .map((b) => b.toString(16).padStart(2, "0"))
      .join("");
    await env.DB.prepare(
      "INSERT INTO idempotency_keys (institution_id, environment, key, request_hash, state, locked_until, created_at) VALUES (?, 'live', 'k-busy', ?, 'in_flight', ?, ?)",
    )
      .bind(inst.id, hash, now + 60_000, now)
      .run();
    const busy = await post("k-busy", sme("IDEM_3"));
    expect(busy.status).toBe(409);
    expect(busy.json.error.code).toBe("idempotency_in_progress");
    expect(busy.json.error.type).toBe("conflict_error");

    await env.DB.prepare("UPDATE idempotency_keys SET locked_until = ? WHERE key = 'k-busy'")
      .bind(now - 1)
      .run();
    expect((await post("k-busy", sme("IDEM_3"))).status).toBe(201);
  });

  it("concurrent duplicates create the SME once", async () => {
    const results = await Promise.all([1, 2, 3].map(() => post("k-race", sme("IDEM_RACE"))));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM smes WHERE sme_id = 'IDEM_RACE'").first<{ n: number }>();
    expect(rows!.n).toBe(1);
  });

  it("rejects an over-long key", async () => {
    const res = await post("x".repeat(256), sme("IDEM_4"));
    expect(res.status).toBe(400);
    expect(res.json.error.param).toBe("Idempotency-Key");
  });
});

describe("Idempotency-Key on routes that show a secret once", () => {
  it("replays without the secret and never stores it", async () => {
    const send = () =>
      call("POST", "/v1/api-keys", { key: inst.live, body: { name: "ci", role: "viewer" }, headers: { "idempotency-key": "k-secret" } });
    const first = await send();
    expect(first.json.secret).toMatch(/^sk_live_/);
    const replay = await send();
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json).toEqual({ ...first.json, secret: null });
    const stored = await env.DB.prepare("SELECT response_body FROM idempotency_keys WHERE key = 'k-secret'").first<{
      response_body: string;
    }>();
    expect(stored!.response_body).not.toContain(first.json.secret);
  });
});

describe("Idempotency-Key is checked after the scope, and only successes are kept", () => {
  const keyOf = async (role: string) =>
    (await call("POST", "/v1/api-keys", { key: inst.live, body: { name: role, role } })).json.secret as string;
  const createKey = (key: string, idem: string) =>
    call("POST", "/v1/api-keys", { key, body: { name: "ops", role: "admin" }, headers: { "idempotency-key": idem } });

  it("never replays an admin's stored answer to an auditor", async () => {
    const [admin, auditor] = [await keyOf("admin"), await keyOf("auditor")];
    expect((await createKey(admin, "k-escalate")).status).toBe(201);
    const stolen = await createKey(auditor, "k-escalate");
    expect(stolen.status).toBe(403);
    expect(stolen.json.error.code).toBe("insufficient_scope");
    expect(stolen.headers.get("idempotent-replayed")).toBeNull();
  });

  it("stores no refusal: a viewer's 403 under a guessable key is not replayed to the admin", async () => {
    const [admin, viewer] = [await keyOf("admin"), await keyOf("viewer")];
    expect((await createKey(viewer, "onboard-8421")).status).toBe(403);
    const real = await createKey(admin, "onboard-8421");
    expect(real.status).toBe(201);
    expect(real.headers.get("idempotent-replayed")).toBeNull();
  });

  it("stores nothing for a refusal: the next try runs the request", async () => {
    const bad = await post("k-400", { sme_id: "IDEM_BAD" });
    expect(bad.status).toBe(400);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM idempotency_keys WHERE key = 'k-400'").first<{ n: number }>();
    expect(rows!.n).toBe(0);
  });

  it("replays only to the credential that made the first request", async () => {
    const [a, b] = [await keyOf("admin"), await keyOf("admin")];
    expect((await createKey(a, "k-mine")).status).toBe(201);
    const other = await createKey(b, "k-mine");
    expect(other.status).toBe(422);
    expect(other.json.error.code).toBe("idempotency_key_reused");
    expect((await createKey(a, "k-mine")).headers.get("idempotent-replayed")).toBe("true");
  });
});
