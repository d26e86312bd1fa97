import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, newInstitution } from "./api";

const inst = await newInstitution();

describe("API keys", () => {
  it("stores only a hash and shows the secret once", async () => {
    const created = await call("POST", "/v1/api-keys", { key: inst.live, body: { name: "ops", role: "viewer" } });
    expect(created.status).toBe(201);
    const secret: string = created.json.secret;
    expect(secret).toMatch(/^sk_live_[A-Za-z0-9]{43}$/);
    const rows = await env.DB.prepare("SELECT * FROM api_keys WHERE id = ?").bind(created.json.id).all();
    expect(JSON.stringify(rows.results)).not.toContain(secret.slice(8));
    const list = await call("GET", "/v1/api-keys", { key: inst.live });
    expect(JSON.stringify(list.json)).not.toContain(secret.slice(8));
    expect(list.json.data.find((k: { id: string }) => k.id === created.json.id)).toMatchObject({ last4: secret.slice(-4), role: "viewer" });
  });

  it("a revoked key stops working on the next request", async () => {
    const { json } = await call("POST", "/v1/api-keys", { key: inst.live, body: { name: "tmp", role: "integrator" } });
    expect((await call("GET", "/v1/smes", { key: json.secret })).status).toBe(200);
    expect((await call("DELETE", `/v1/api-keys/${json.id}`, { key: inst.live })).status).toBe(200);
    const res = await call("GET", "/v1/smes", { key: json.secret });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("invalid_api_key");
  });

  it("a rolled key works until its expiry, then answers expired_api_key", async () => {
    const { json: old } = await call("POST", "/v1/api-keys", { key: inst.live, body: { name: "roll me", role: "integrator" } });
    const rolled = await call("POST", `/v1/api-keys/${old.id}/roll`, { key: inst.live, body: { expires_in_seconds: 1 } });
    expect(rolled.status).toBe(201);
    expect((await call("GET", "/v1/smes", { key: old.secret })).status).toBe(200);
    expect((await call("GET", "/v1/smes", { key: rolled.json.secret })).status).toBe(200);
    // The old key's row is now remembered by this instance: expiry must not wait for the memory to lapse.
    await new Promise((r) => setTimeout(r, 1_100));
    const res = await call("GET", "/v1/smes", { key: old.secret });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("expired_api_key");
    expect((await call("GET", "/v1/smes", { key: rolled.json.secret })).status).toBe(200);
  });

  it("enforces the role's scopes", async () => {
    const { json: viewer } = await call("POST", "/v1/api-keys", { key: inst.live, body: { name: "ro", role: "viewer" } });
    const res = await call("POST", "/v1/smes", { key: viewer.secret, body: { sme_id: "X", sector: "commerce", country: "SN" } });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("insufficient_scope");
    expect((await call("GET", "/v1/smes/X", { key: inst.live })).status).toBe(404);
  });
});
