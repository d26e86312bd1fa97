import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { SmeLedger } from "../../durable-objects/sme-ledger";
import { checkFlow, type FlowRow } from "../../worker/data/flow-rules";
import { call, newInstitution, sme } from "./api";

const inst = await newInstitution();
const key = inst.live;
await call("POST", "/v1/smes", { key, body: sme("FLOW_1") });

const DAY = 86_400_000;
const flow = (id: string, daysAgo = 1, extra: Record<string, unknown> = {}) => ({
  id,
  occurred_at: new Date(Date.now() - daysAgo * DAY).toISOString(),
  amount: 10_000,
  direction: "in",
  counterparty: "cp_1",
  ...extra,
});
const send = (flows: unknown, sme_id = "FLOW_1") => call("POST", "/v1/connect/flows", { key, body: { sme_id, flows } });

describe("POST /v1/connect/flows", () => {
  it("keeps good items, rejects bad ones by index and code", async () => {
    const res = await send([
      flow("a"),
      flow("b", 1, { amount: -5 }),
      flow("c", -1),
      flow("d", 401),
      flow("e", 1, { direction: "sideways" }),
      flow("f", 1, { channel: "carrier_pigeon" }),
      flow("g", 1, { extra: 1 }),
      "not an object",
      flow("h", 2, { direction: "out", channel: "mobile_money" }),
      { ...flow("i"), occurred_at: "yesterday" },
    ]);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ object: "flow_ingestion", sme_id: "FLOW_1", received: 10, accepted: 2, duplicates: 0 });
    expect(res.json.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [1, "invalid_amount"],
      [2, "occurred_at_in_future"],
      [3, "occurred_at_too_old"],
      [4, "invalid_direction"],
      [5, "invalid_channel"],
      [6, "invalid_flow"],
      [7, "invalid_flow"],
      [9, "invalid_occurred_at"],
    ]);
    const got = await call("GET", "/v1/smes/FLOW_1", { key });
    expect(got.json.flows.count).toBe(2);
  });

  it("counts a flow sent twice once, also within one batch and across racing requests", async () => {
    const again = await send([flow("a"), flow("z"), flow("z")]);
    expect(again.json).toMatchObject({ accepted: 1, duplicates: 2 });
    const batch = Array.from({ length: 200 }, (_, i) => flow(`race_${i}`, 3));
    const results = await Promise.all([send(batch), send(batch), send(batch)]);
    expect(results.reduce((s, r) => s + r.json.accepted, 0)).toBe(200);
    expect(results.reduce((s, r) => s + r.json.duplicates, 0)).toBe(400);
    expect((await call("GET", "/v1/smes/FLOW_1", { key })).json.flows.count).toBe(203);
  });

  it("keeps the first of an id repeated in one batch, in the flows and in the day buckets", async () => {
    await call("POST", "/v1/smes", { key, body: sme("FLOW_REPEAT") });
    const res = await send([flow("r", 1, { amount: 100 }), flow("r", 1, { amount: 999 }), flow("s", 1, { amount: 5 })], "FLOW_REPEAT");
    expect(res.json).toMatchObject({ accepted: 2, duplicates: 1 });
    const cashflow = await call("GET", "/v1/smes/FLOW_REPEAT/cashflow?interval=month&periods=2", { key });
    expect(cashflow.json.data.reduce((sum: number, p: { inflow: number }) => sum + p.inflow, 0)).toBe(105);
  });

  it("rejects a malformed body whole and stores nothing", async () => {
    for (const body of [{ sme_id: "FLOW_1" }, { sme_id: "FLOW_1", flows: [] }, { sme_id: "FLOW_1", flows: "x" }, { flows: [flow("q")] }]) {
      const res = await call("POST", "/v1/connect/flows", { key, body });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe("validation_failed");
    }
    const tooMany = await send(Array.from({ length: 1001 }, (_, i) => flow(`many_${i}`)));
    expect(tooMany.json.error.param).toBe("flows");
    expect((await call("GET", "/v1/smes/FLOW_1", { key })).json.flows.count).toBe(203);
  });

  it("404s an unknown SME and refuses the sandbox fixtures", async () => {
    expect((await send([flow("x")], "NOPE")).json.error.code).toBe("sme_not_found");
    const fixture = await call("POST", "/v1/connect/flows", {
      key: inst.test,
      body: { sme_id: "SME_TEST_COMMERCE_A", flows: [flow("x")] },
    });
    expect(fixture.status).toBe(403);
    expect(fixture.json.error.code).toBe("sandbox_fixture_read_only");
  });

  it("a ledger whose first write failed and rolled back stores the next batch", async () => {
    await call("POST", "/v1/smes", { key, body: sme("FLOW_ROLLBACK") });
    const owner = { institutionId: inst.id, environment: "live" as const, smeId: "FLOW_ROLLBACK" };
    await runInDurableObject(env.SME_LEDGER.getByName(`${inst.id}:live:FLOW_ROLLBACK`), async (ledger: SmeLedger, state) => {
      // The storage failing once, inside the ledger's first transaction: what it made rolls back.
      const sql = state.storage.sql;
      const exec = sql.exec;
      sql.exec = ((query: string, ...bindings: unknown[]) => {
        if (query.includes("INSERT INTO days")) throw new Error("disk I/O error");
        return exec.call(sql, query, ...bindings);
      }) as typeof sql.exec;
      const check = checkFlow(flow("rb_1"), Date.now());
      await expect(ledger.ingest([(check as { row: FlowRow }).row], Date.now(), owner)).rejects.toThrow("disk I/O error");
      sql.exec = exec;
    });
    const res = await send([flow("rb_1"), flow("rb_2")], "FLOW_ROLLBACK");
    expect(res.json).toMatchObject({ accepted: 2, duplicates: 0 });
  });
});
