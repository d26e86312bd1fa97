import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { http, newInstitution, type RunningApi, startApi } from "./harness";

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.dispose());

describe("the platform over HTTP against wrangler dev", () => {
  it("serves health, the OpenAPI document and the offline docs page", async () => {
    const health = await http(api, "GET", "/v1/health");
    expect(health.status).toBe(200);
    expect(health.headers.get("request-id")).toMatch(/^req_/);
    const doc = await http(api, "GET", "/v1/openapi.json");
    expect(doc.json.openapi).toBe("3.1.0");
    const page = await fetch(`${api.url}/docs`);
    expect(await page.text()).toContain("/docs/scalar.js");
    const script = await fetch(`${api.url}/docs/scalar.js`);
    expect(script.status).toBe(200);
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
  });

  it("refuses a wrong operator token and creates an institution with the right one", async () => {
    const bad = await http(api, "POST", "/v1/admin/institutions", { key: "nope", body: { name: "x" } });
    expect(bad.status).toBe(401);
    const inst = await newInstitution(api);
    expect(inst.test).toMatch(/^sk_test_/);
    expect(inst.live).toMatch(/^sk_live_/);
  });

  it("runs the README's SME walk-through", async () => {
    const { test: key, live } = await newInstitution(api, "Walkthrough Bank");
    const list = await http(api, "GET", "/v1/smes?limit=100", { key });
    expect(list.json.data.length).toBe(50);
    expect(list.json.has_more).toBe(false);
    expect((await http(api, "GET", "/v1/smes?limit=100", { key: live })).json.data.length).toBe(0);

    const created = await http(api, "POST", "/v1/smes", {
      key,
      body: { sme_id: "SME_8421", name: "Boulangerie Ndiaye", sector: "commerce", country: "SN" },
      headers: { "idempotency-key": "readme-1" },
    });
    expect(created.status).toBe(201);
    const replay = await http(api, "POST", "/v1/smes", {
      key,
      body: { sme_id: "SME_8421", name: "Boulangerie Ndiaye", sector: "commerce", country: "SN" },
      headers: { "idempotency-key": "readme-1" },
    });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const ingest = await http(api, "POST", "/v1/connect/flows", {
      key,
      body: {
        sme_id: "SME_8421",
        flows: [{ id: "E2E-1", occurred_at: new Date(Date.now() - 86_400_000).toISOString(), amount: 150000, direction: "in" }],
      },
    });
    expect(ingest.json).toMatchObject({ accepted: 1, duplicates: 0, rejected: [] });
    const erased = await http(api, "DELETE", "/v1/smes/SME_8421", { key });
    expect(erased.json).toMatchObject({ object: "erasure", erased: { flows: 1 } });
    expect((await http(api, "GET", "/v1/smes/SME_8421", { key })).status).toBe(404);
  });

  it("never answers 5xx to hostile input", async () => {
    const { live: key } = await newInstitution(api, "Hostile Bank");
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const bodies = [
      deep,
      JSON.stringify({ sme_id: "'; DROP TABLE smes; --", sector: "commerce", country: "SN" }),
      JSON.stringify({ sme_id: "A".repeat(10_000), sector: "commerce", country: "SN" }),
      JSON.stringify({ sme_id: "OK", sector: { $ne: 1 }, country: "SN" }),
      `{"sme_id":"OK","sector":"commerce","country":"SN","metadata":{"a":${"[".repeat(5000)}${"]".repeat(5000)}}}`,
      "null",
      "[]",
      '"string"',
      "\u0000",
    ];
    for (const raw of bodies) {
      const res = await fetch(`${api.url}/v1/smes`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: raw,
      });
      expect(res.status, raw.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(res.status, raw.slice(0, 40)).toBeLessThan(500);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBeTypeOf("string");
    }
    expect((await http(api, "GET", "/v1/smes", { key })).json.data).toEqual([]);
  });
});
