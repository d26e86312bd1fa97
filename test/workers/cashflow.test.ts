import { describe, expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";

const DAY_MS = 86_400_000;
const inst = await newInstitution();
const other = await newInstitution();
const today = Math.floor(Date.now() / DAY_MS);

/** Flows on chosen days before today, so months and weeks can be added up independently here. */
const flows = [
  [1, 120_000, "in"],
  [1, 30_000, "out"],
  [3, 75_500, "in"],
  [9, 40_000, "out"],
  [40, 210_000, "in"],
  [70, 18_250, "out"],
  [200, 999_999, "in"],
].map(([ago, amount, direction], i) => ({
  id: `CF-${i}`,
  occurred_at: new Date((today - Number(ago)) * DAY_MS + 36_000_000).toISOString(),
  amount,
  direction,
}));

await call("POST", "/v1/smes", { key: inst.live, body: sme("CF_1") });
await call("POST", "/v1/connect/flows", { key: inst.live, body: { sme_id: "CF_1", flows } });
await call("POST", "/v1/smes", { key: inst.live, body: sme("CF_EMPTY") });

/** What a period's totals must be, added up from the flows themselves. */
function expected(keyOf: (iso: string) => string) {
  const sums = new Map<string, { inflow: number; outflow: number; in_count: number; out_count: number }>();
  for (const f of flows) {
    const k = keyOf(f.occurred_at);
    const s = sums.get(k) ?? { inflow: 0, outflow: 0, in_count: 0, out_count: 0 };
    if (f.direction === "in") {
      s.inflow += f.amount as number;
      s.in_count++;
    } else {
      s.outflow += f.amount as number;
      s.out_count++;
    }
    sums.set(k, s);
  }
  return sums;
}
const monday = (iso: string) => {
  const d = new Date(iso.slice(0, 10));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};

describe("GET /v1/smes/{sme_id}/cashflow", () => {
  it("adds up months from the ledger: every month present, oldest first, the current one incomplete", async () => {
    const res = await call("GET", "/v1/smes/CF_1/cashflow?interval=month&periods=12", { key: inst.live });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ object: "cashflow", sme_id: "CF_1", interval: "month", currency: "XOF" });
    const data = res.json.data as {
      period_start: string;
      period_end: string;
      inflow: number;
      outflow: number;
      net: number;
      in_count: number;
      out_count: number;
      complete: boolean;
    }[];
    expect(data).toHaveLength(12);
    expect(data.at(-1)!.period_start).toBe(`${new Date(today * DAY_MS).toISOString().slice(0, 7)}-01`);
    expect(data.map((p) => p.complete)).toEqual([...Array(11).fill(true), false]);
    const sums = expected((iso) => iso.slice(0, 7));
    for (const p of data) {
      const want = sums.get(p.period_start.slice(0, 7)) ?? { inflow: 0, outflow: 0, in_count: 0, out_count: 0 };
      expect(p, p.period_start).toMatchObject({ ...want, net: want.inflow - want.outflow });
    }
    // The 200-days-old flow is outside 12 months only if the window says so; it is counted when inside.
    const total = data.reduce((s, p) => s + p.inflow, 0);
    const inside = flows.filter((f) => f.direction === "in" && f.occurred_at.slice(0, 7) >= data[0]!.period_start.slice(0, 7));
    expect(total).toBe(inside.reduce((s, f) => s + (f.amount as number), 0));
  });

  it("adds up ISO weeks (Monday to Sunday) the same way", async () => {
    const res = await call("GET", "/v1/smes/CF_1/cashflow?interval=week&periods=13", { key: inst.live });
    const data = res.json.data as { period_start: string; period_end: string; inflow: number; outflow: number }[];
    expect(data).toHaveLength(13);
    const sums = expected(monday);
    for (const p of data) {
      expect(new Date(p.period_start).getUTCDay()).toBe(1);
      expect((Date.parse(p.period_end) - Date.parse(p.period_start)) / DAY_MS).toBe(6);
      const want = sums.get(p.period_start) ?? { inflow: 0, outflow: 0 };
      expect([p.inflow, p.outflow], p.period_start).toEqual([want.inflow, want.outflow]);
    }
  });

  it("answers zeros for an SME without flows", async () => {
    const res = await call("GET", "/v1/smes/CF_EMPTY/cashflow?periods=3", { key: inst.live });
    expect(res.json.data.map((p: { inflow: number; outflow: number }) => p.inflow + p.outflow)).toEqual([0, 0, 0]);
  });

  it("reads a sandbox mock SME's generated year (the same on every read)", async () => {
    const first = await call("GET", "/v1/smes/SME_TEST_COMMERCE_A/cashflow", { key: inst.test });
    expect(first.status).toBe(200);
    const inflows = first.json.data.map((p: { inflow: number }) => p.inflow);
    expect(inflows.filter((v: number) => v > 0).length).toBeGreaterThanOrEqual(11);
    expect((await call("GET", "/v1/smes/SME_TEST_COMMERCE_A/cashflow", { key: inst.test })).json).toEqual(first.json);
  });

  it("has the SME's tenancy: another institution, or the other environment, gets 404", async () => {
    for (const key of [other.live, other.test, inst.test]) {
      const res = await call("GET", "/v1/smes/CF_1/cashflow", { key });
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("sme_not_found");
    }
  });

  it("needs the smes:read scope", async () => {
    const { json: auditor } = await call("POST", "/v1/api-keys", { key: inst.live, body: { name: "audit", role: "auditor" } });
    const res = await call("GET", "/v1/smes/CF_1/cashflow", { key: auditor.secret });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("insufficient_scope");
    expect((await call("GET", "/v1/smes/CF_1/cashflow")).status).toBe(401);
  });

  it("refuses an unknown interval or a period count out of range", async () => {
    for (const q of ["interval=day", "periods=0", "periods=37", "periods=two"]) {
      const res = await call("GET", `/v1/smes/CF_1/cashflow?${q}`, { key: inst.live });
      expect(res.status, q).toBe(400);
      expect(res.json.error.code).toBe("validation_failed");
    }
  });

  it("is gone with the SME once erased", async () => {
    await call("POST", "/v1/smes", { key: inst.live, body: sme("CF_GONE") });
    await call("POST", "/v1/connect/flows", { key: inst.live, body: { sme_id: "CF_GONE", flows: flows.slice(0, 2) } });
    await call("DELETE", "/v1/smes/CF_GONE", { key: inst.live });
    expect((await call("GET", "/v1/smes/CF_GONE/cashflow", { key: inst.live })).status).toBe(404);
  });

  it("is in the OpenAPI document as smes.cashflow", async () => {
    const op = (await call("GET", "/v1/openapi.json")).json.paths["/v1/smes/{sme_id}/cashflow"].get;
    expect(op.operationId).toBe("smes.cashflow");
    expect(op["x-required-scope"]).toBe("smes:read");
  });
});
