import { createScheduledController, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../worker/index";
import { call, newInstitution, sme } from "./api";

const DAY = 86_400_000;
const inst = await newInstitution();
const key = inst.live;
const ledger = (smeId: string) => env.SME_LEDGER.getByName(`${inst.id}:live:${smeId}`);
const score = (smeId: string, extra: Record<string, unknown> = {}) =>
  call("POST", "/v1/scores", { key, body: { sme_id: smeId, ...extra } });

/** A steady shop's 120 days of takings and costs. */
const flows = Array.from({ length: 240 }, (_, i) => ({
  id: `f-${i}`,
  occurred_at: new Date(Date.now() - (Math.floor(i / 2) + 1) * DAY).toISOString(),
  amount: i % 2 ? 70_000 : 100_000 + (i % 7) * 1_000,
  direction: i % 2 ? "out" : "in",
  counterparty: `cp_${i % 20}`,
}));

async function register(smeId: string) {
  expect((await call("POST", "/v1/smes", { key, body: sme(smeId) })).status).toBe(201);
  expect((await call("POST", "/v1/connect/flows", { key, body: { sme_id: smeId, flows } })).json.accepted).toBe(240);
}

const d1Scores = async (smeId: string) =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM scores WHERE institution_id = ? AND sme_id = ?")
    .bind(inst.id, smeId)
    .first<{ n: number }>())!.n;

const ledgerScores = (smeId: string) =>
  runInDurableObject(ledger(smeId), (_o, state) =>
    state.storage.sql
      .exec<{ id: string; official: number }>("SELECT id, official FROM scores ORDER BY seq")
      .toArray()
      .map((r) => ({ ...r })),
  );

/** A score as D1 held it before histories moved into the ledgers. */
async function legacyRow(smeId: string, id: string, at: number, fields: { score: number; grade: string; official: boolean }) {
  await env.DB.prepare(
    `INSERT INTO scores (id, institution_id, environment, sme_id, score, grade, pd, trend, sector, signals, reasons, window_days, official, model, scored_at)
     VALUES (?, ?, 'live', ?, ?, ?, 0.2, 'stable', 'commerce', ?, ?, 90, ?, 'federated-v3', ?)`,
  )
    .bind(
      id,
      inst.id,
      smeId,
      fields.score,
      fields.grade,
      JSON.stringify({ cashflow_regularity: 0.4, sector_benchmark: "below", anomalies: 2 }),
      JSON.stringify([{ code: "LOW_INFLOW", factor: "inflow", impact: -40, description: "Low takings" }]),
      fields.official ? 1 : 0,
      at,
    )
    .run();
}

describe("score history lives in the SME's ledger", () => {
  it("each score is kept there, not in D1, and pages newest first over the ledger's sequence", async () => {
    await register("LEDGERED");
    const made = [];
    for (const extra of [{}, { window_days: 30 }, {}, { sector: "services" }, {}]) {
      const res = await score("LEDGERED", extra);
      expect(res.status).toBe(200);
      made.push(res.json);
    }
    expect(await d1Scores("LEDGERED")).toBe(0);
    expect(await ledgerScores("LEDGERED")).toEqual(made.map((s) => ({ id: s.id, official: s.official ? 1 : 0 })));

    const seen = [];
    let cursor: string | null = null;
    do {
      const res = await call("GET", `/v1/scores/LEDGERED?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { key });
      expect(res.status).toBe(200);
      expect(res.json.latest).toEqual(made[4]);
      seen.push(...res.json.data);
      cursor = res.json.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...made].reverse());

    expect((await call("GET", "/v1/scores/LEDGERED?cursor=bm90LWEtY3Vyc29y", { key })).json.error).toMatchObject({
      code: "validation_failed",
      param: "cursor",
    });
  });

  it("a ledger imports its SME's D1 scores once, before its first answer, and D1 lets them go", async () => {
    await register("IMPORTED");
    const t0 = Math.floor(Date.now() / 1000) * 1000 - 3 * DAY;
    await legacyRow("IMPORTED", "scr_legacy_1", t0, { score: 700, grade: "B", official: true });
    await legacyRow("IMPORTED", "scr_legacy_2", t0 + DAY, { score: 350, grade: "E", official: true });
    await legacyRow("IMPORTED", "scr_legacy_3", t0 + 2 * DAY, { score: 800, grade: "A", official: false });

    const history = await call("GET", "/v1/scores/IMPORTED", { key });
    expect(history.json.data.map((s: { id: string }) => s.id)).toEqual(["scr_legacy_3", "scr_legacy_2", "scr_legacy_1"]);
    expect(history.json.latest).toMatchObject({
      id: "scr_legacy_2",
      score: 350,
      official: true,
      scored_at: new Date(t0 + DAY).toISOString().replace(".000Z", "Z"),
    });
    expect(history.json.data[0].signals).toEqual({ cashflow_regularity: 0.4, sector_benchmark: "below", anomalies: 2 });
    expect(await d1Scores("IMPORTED")).toBe(0);

    // Once: a row D1 somehow holds afterwards is not the ledger's business any more.
    await legacyRow("IMPORTED", "scr_late", t0 + 2 * DAY, { score: 500, grade: "C", official: true });
    expect((await call("GET", "/v1/scores/IMPORTED", { key })).json.data).toHaveLength(3);

    // The next score compares with the last official one imported (350): up.
    const next = await score("IMPORTED");
    expect(next.json.trend).toBe("up");
    expect((await ledgerScores("IMPORTED")).map((s) => s.id)).toEqual(["scr_legacy_1", "scr_legacy_2", "scr_legacy_3", next.json.id]);
  });

  it("a score asked before any read imports first too: it follows the legacy history", async () => {
    await register("SCORED_FIRST");
    await legacyRow("SCORED_FIRST", "scr_old", Date.now() - DAY, { score: 900, grade: "A", official: true });
    const first = await score("SCORED_FIRST");
    expect(first.json.trend).toBe("down");
    expect((await call("GET", "/v1/scores/SCORED_FIRST", { key })).json.data.map((s: { id: string }) => s.id)).toEqual([
      first.json.id,
      "scr_old",
    ]);
  });

  it("the cron hands the D1 scores of SMEs nobody asks about to their ledgers", async () => {
    await register("QUIET");
    await legacyRow("QUIET", "scr_quiet_1", Date.now() - 2 * DAY, { score: 610, grade: "C", official: true });
    await legacyRow("QUIET", "scr_quiet_2", Date.now() - DAY, { score: 620, grade: "C", official: true });
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/5 * * * *" }), env);
    expect(await d1Scores("QUIET")).toBe(0);
    expect(await ledgerScores("QUIET")).toEqual([
      { id: "scr_quiet_1", official: 1 },
      { id: "scr_quiet_2", official: 1 },
    ]);
  });

  it("asking about an SME with no score and no flows leaves its ledger without storage", async () => {
    expect((await call("POST", "/v1/smes", { key, body: sme("UNSCORED") })).status).toBe(201);
    expect((await call("GET", "/v1/scores/UNSCORED", { key })).json).toMatchObject({ latest: null, data: [], has_more: false });
    const tables = await runInDurableObject(ledger("UNSCORED"), (_o, state) =>
      state.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'").toArray(),
    );
    expect(tables).toEqual([]);
  });
});
