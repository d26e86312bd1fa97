import { describe, expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";

const [a, b] = [await newInstitution("Bank A"), await newInstitution("Bank B")];
await call("POST", "/v1/smes", { key: a.live, body: sme("SHARED_ID", { name: "A's live SME" }) });

const flow = { id: "f1", occurred_at: new Date(Date.now() - 86_400_000).toISOString(), amount: 100, direction: "in" };

/** Every route that names an SME, aimed at A's live SME (DELETE last). */
const routes = [
  ["GET", "/v1/smes/SHARED_ID", undefined],
  ["PATCH", "/v1/smes/SHARED_ID", { name: "hijacked" }],
  ["POST", "/v1/connect/flows", { sme_id: "SHARED_ID", flows: [flow] }],
  ["POST", "/v1/scores", { sme_id: "SHARED_ID" }],
  ["GET", "/v1/scores/SHARED_ID", undefined],
  ["DELETE", "/v1/smes/SHARED_ID", undefined],
] as const;

describe("tenancy", () => {
  it("another institution's keys cannot read, change or erase the SME", async () => {
    for (const key of [b.live, b.test]) {
      for (const [method, path, body] of routes) {
        const res = await call(method, path, { key, body });
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.json.error.code).toBe("sme_not_found");
      }
      const list = await call("GET", "/v1/smes?limit=100", { key });
      expect(list.json.data.some((s: { sme_id: string }) => s.sme_id === "SHARED_ID")).toBe(false);
    }
  });

  it("the same institution's test key cannot reach live data", async () => {
    for (const [method, path, body] of routes) {
      expect((await call(method, path, { key: a.test, body })).status, `${method} ${path}`).toBe(404);
    }
    const list = await call("GET", "/v1/smes?limit=100", { key: a.test });
    expect(list.json.data.some((s: { sme_id: string }) => s.sme_id === "SHARED_ID")).toBe(false);
  });

  it("left A's SME untouched", async () => {
    const mine = await call("GET", "/v1/smes/SHARED_ID", { key: a.live });
    expect(mine.json).toMatchObject({ name: "A's live SME", flows: { count: 0 } });
  });

  it("the same sme_id can exist independently in each tenant", async () => {
    expect((await call("POST", "/v1/smes", { key: b.live, body: sme("SHARED_ID", { name: "B's" }) })).status).toBe(201);
    expect((await call("POST", "/v1/smes", { key: a.test, body: sme("SHARED_ID", { name: "A test" }) })).status).toBe(201);
    const mine = await call("GET", "/v1/smes/SHARED_ID", { key: a.live });
    expect(mine.json.name).toBe("A's live SME");
  });
});
