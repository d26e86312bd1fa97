import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { SmeLedger } from "../../durable-objects/sme-ledger";
import { call, newInstitution, sme } from "./api";

const inst = await newInstitution();
const key = inst.live;
const flows = Array.from({ length: 30 }, (_, i) => ({
  id: `e2e_${i}`,
  occurred_at: new Date(Date.now() - (i + 1) * 86_400_000).toISOString(),
  amount: 5_000 + i,
  direction: i % 3 ? "in" : "out",
  counterparty: `cp_${i % 4}`,
}));
/** Two months of a steady shop: enough to be scored. */
const steadyFlows = (prefix: string) =>
  Array.from({ length: 120 }, (_, i) => ({
    id: `${prefix}_${i}`,
    occurred_at: new Date(Date.now() - (Math.floor(i / 2) + 1) * 86_400_000).toISOString(),
    amount: i % 2 ? 60_000 : 100_000,
    direction: i % 2 ? "out" : "in",
    counterparty: `cp_${i % 10}`,
  }));
const ledger = (smeId: string) => env.SME_LEDGER.getByName(`${inst.id}:live:${smeId}`);
const storedRows = (smeId: string) =>
  runInDurableObject(ledger(smeId), (_o, state) => {
    const tables = state.storage.sql
      .exec<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'",
      )
      .toArray();
    return tables.reduce((n, t) => n + state.storage.sql.exec<{ c: number }>(`SELECT COUNT(*) AS c FROM "${t.name}"`).one().c, 0);
  });
const d1Rows = async (smeId: string) =>
  (await env.DB.prepare("SELECT (SELECT COUNT(*) FROM smes WHERE sme_id = ?1) + (SELECT COUNT(*) FROM scores WHERE sme_id = ?1) AS n")
    .bind(smeId)
    .first<{ n: number }>())!.n;

describe("erasure", () => {
  it("removes the ledger's storage, its alarm and the D1 rows; every route then 404s", async () => {
    await call("POST", "/v1/smes", { key, body: sme("ERASE_ME") });
    expect((await call("POST", "/v1/connect/flows", { key, body: { sme_id: "ERASE_ME", flows } })).json.accepted).toBe(30);
    await runInDurableObject(ledger("ERASE_ME"), (_o, state) => state.storage.setAlarm(Date.now() + 3_600_000));
    expect(await storedRows("ERASE_ME")).toBeGreaterThan(30);

    const res = await call("DELETE", "/v1/smes/ERASE_ME", { key });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ object: "erasure", sme_id: "ERASE_ME", erased: { flows: 30, scores: 0, alerts: 0 } });

    expect(await storedRows("ERASE_ME")).toBe(0);
    expect(await runInDurableObject(ledger("ERASE_ME"), (_o, state) => state.storage.getAlarm())).toBeNull();
    expect(await d1Rows("ERASE_ME")).toBe(0);
    for (const [method, path, body] of [
      ["GET", "/v1/smes/ERASE_ME", undefined],
      ["PATCH", "/v1/smes/ERASE_ME", { name: "x" }],
      ["DELETE", "/v1/smes/ERASE_ME", undefined],
      ["POST", "/v1/connect/flows", { sme_id: "ERASE_ME", flows }],
      ["POST", "/v1/scores", { sme_id: "ERASE_ME" }],
      ["GET", "/v1/scores/ERASE_ME", undefined],
    ] as const) {
      expect((await call(method, path, { key, body })).status, `${method} ${path}`).toBe(404);
    }
    // Asking about an erased (or unknown) SME leaves no storage behind, not even empty tables.
    const tables = await runInDurableObject(ledger("ERASE_ME"), (_o, state) =>
      state.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'").toArray(),
    );
    expect(tables).toEqual([]);
    const list = await call("GET", "/v1/smes?limit=100", { key });
    expect(list.json.data.some((s: { sme_id: string }) => s.sme_id === "ERASE_ME")).toBe(false);
  });

  it("lets the same sme_id be registered anew, with an empty ledger", async () => {
    expect((await call("POST", "/v1/smes", { key, body: sme("ERASE_ME") })).status).toBe(201);
    expect((await call("GET", "/v1/smes/ERASE_ME", { key })).json.flows.count).toBe(0);
    const again = await call("POST", "/v1/connect/flows", { key, body: { sme_id: "ERASE_ME", flows } });
    expect(again.json).toMatchObject({ accepted: 30, duplicates: 0 });
  });

  it("counts the scores of the SME's history, in its ledger or still in D1, and leaves none", async () => {
    await call("POST", "/v1/smes", { key, body: sme("SCORED_ERASED") });
    await call("POST", "/v1/connect/flows", { key, body: { sme_id: "SCORED_ERASED", flows: steadyFlows("s") } });
    for (const extra of [{}, { window_days: 60 }, {}]) {
      expect((await call("POST", "/v1/scores", { key, body: { sme_id: "SCORED_ERASED", ...extra } })).status).toBe(200);
    }
    const history = await runInDurableObject(ledger("SCORED_ERASED"), (_o, state) =>
      state.storage.sql.exec("SELECT id FROM scores").toArray(),
    );
    expect(history).toHaveLength(3);
    const res = await call("DELETE", "/v1/smes/SCORED_ERASED", { key });
    expect(res.json.erased).toMatchObject({ flows: 120, scores: 3 });
    expect(await storedRows("SCORED_ERASED")).toBe(0);

    // Scores D1 held from before histories moved into ledgers, never imported: counted and deleted too.
    await call("POST", "/v1/smes", { key, body: sme("LEGACY_ERASED") });
    for (const id of ["scr_l1", "scr_l2"]) {
      await env.DB.prepare(
        `INSERT INTO scores (id, institution_id, environment, sme_id, score, grade, pd, trend, sector, signals, reasons, window_days, official, model, scored_at)
         VALUES (?, ?, 'live', 'LEGACY_ERASED', 600, 'C', 0.1, 'stable', 'commerce', '{}', '[]', 90, 1, 'federated-v3', ?)`,
      )
        .bind(id, inst.id, Date.now())
        .run();
    }
    expect((await call("DELETE", "/v1/smes/LEGACY_ERASED", { key })).json.erased.scores).toBe(2);
    expect(await d1Rows("LEGACY_ERASED")).toBe(0);
  });

  it("the ledger's wipe waits for a score under way: it counts it, and nothing is written after", async () => {
    await call("POST", "/v1/smes", { key, body: sme("RACED") });
    await call("POST", "/v1/connect/flows", { key, body: { sme_id: "RACED", flows: steadyFlows("r") } });
    const owner = { institutionId: inst.id, environment: "live" as const, smeId: "RACED" };
    const [scored, wiped] = await runInDurableObject(ledger("RACED"), (o: SmeLedger) =>
      Promise.all([o.score(owner, { windowDays: 90 }, Date.now()), o.erase()]),
    );
    expect(scored.ok).toBe(true);
    expect(wiped).toEqual({ flows: 120, scores: 1 });
    expect(await storedRows("RACED")).toBe(0);
    expect((await call("DELETE", "/v1/smes/RACED", { key })).status).toBe(200);
  });

  it("finishes an interrupted erasure when re-run", async () => {
    await call("POST", "/v1/smes", { key, body: sme("HALF_ERASED") });
    await call("POST", "/v1/connect/flows", { key, body: { sme_id: "HALF_ERASED", flows } });
    // As if the first attempt died right after marking the SME.
    await env.DB.prepare("UPDATE smes SET status = 'erasing' WHERE sme_id = 'HALF_ERASED'").run();
    expect((await call("GET", "/v1/smes/HALF_ERASED", { key })).status).toBe(404);
    const res = await call("DELETE", "/v1/smes/HALF_ERASED", { key });
    expect(res.json.erased.flows).toBe(30);
    expect(await storedRows("HALF_ERASED")).toBe(0);
    expect(await d1Rows("HALF_ERASED")).toBe(0);
  });
});
