import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { bucketize } from "../../scoring/bucketize";
import { computeFeatures, LONG_VIEW_DAYS } from "../../scoring/features";
import { generateFlows } from "../../scoring/generator";
import { MOCK_SMES } from "../../scoring/mock-smes";
import { profileFor } from "../../scoring/profiles";
import { scoreFeatures } from "../../scoring/score";
import { SECTORS } from "../../scoring/types";
import { call, newInstitution, sme } from "./api";

const inst = await newInstitution();
const DAY = 86_400_000;
const score = (key: string, body: Record<string, unknown>) => call("POST", "/v1/scores", { key, body });

/** A steady shop: takings every day from many payers, costs at 70 % of them. */
function steadyFlows(days: number, collapseLastDays = 0) {
  const flows = [];
  for (let d = 1; d <= days; d++) {
    const at = new Date(Date.now() - d * DAY).toISOString();
    const inflow = d <= collapseLastDays ? 8_000 : 100_000 + ((d * 37) % 11) * 1_000;
    flows.push({ id: `in-${d}`, occurred_at: at, amount: inflow, direction: "in", counterparty: `cp_${d % 25}` });
    flows.push({ id: `out-${d}`, occurred_at: at, amount: 70_000, direction: "out", counterparty: "supplier" });
  }
  return flows;
}

async function registerWithFlows(key: string, smeId: string, flows: ReturnType<typeof steadyFlows>) {
  await call("POST", "/v1/smes", { key, body: sme(smeId) });
  for (let i = 0; i < flows.length; i += 1000) {
    await call("POST", "/v1/connect/flows", { key, body: { sme_id: smeId, flows: flows.slice(i, i + 1000) } });
  }
}

describe("sandbox fixtures", () => {
  it("the quickstart request scores a sandbox SME", async () => {
    const res = await score(inst.test, { sme_id: "SME_TEST_COMMERCE_A" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ object: "score", sme_id: "SME_TEST_COMMERCE_A", window_days: 90, model: "federated-v4" });
    expect(res.json.score).toBeGreaterThanOrEqual(300);
    expect(res.json.score).toBeLessThanOrEqual(900);
    expect(res.json.reasons.length).toBeLessThanOrEqual(4);
    expect(res.json.id).toMatch(/^scr_/);
  });

  it("every mock SME scores into its named grade, the same answer every time", async () => {
    for (const mock of MOCK_SMES) {
      for (const window_days of [90, 365]) {
        const first = await score(inst.test, { sme_id: mock.id, window_days });
        expect(first.status, mock.id).toBe(200);
        expect(first.json.grade, `${mock.id} window ${window_days}: ${first.json.score}`).toBe(mock.grade);
        const again = await score(inst.test, { sme_id: mock.id, window_days });
        expect({
          score: again.json.score,
          grade: again.json.grade,
          pd: again.json.pd,
          signals: again.json.signals,
          reasons: again.json.reasons,
        }).toEqual({
          score: first.json.score,
          grade: first.json.grade,
          pd: first.json.pd,
          signals: first.json.signals,
          reasons: first.json.reasons,
        });
      }
    }
    const listed = await call("GET", "/v1/smes/SME_TEST_COMMERCE_A", { key: inst.test });
    expect(listed.json.flows.count).toBeGreaterThan(300);
    expect(listed.json.latest_score.grade).toBe("A");
  }, 60_000);

  it("fixtures exist only in the test environment", async () => {
    expect((await score(inst.live, { sme_id: "SME_TEST_COMMERCE_A" })).status).toBe(404);
  });
});

describe("POST /v1/scores on ingested flows", () => {
  it("an SME whose inflows collapse in the last month scores lower, with trend down", async () => {
    const flows = steadyFlows(200, 30);
    const [lastMonth, before] = [flows.slice(0, 60), flows.slice(60)];
    // A month ago the SME was healthy, and was scored then.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 30 * DAY);
    await registerWithFlows(inst.live, "COLLAPSING", before);
    const healthy = await score(inst.live, { sme_id: "COLLAPSING" });
    vi.useRealTimers();
    expect(healthy.json.trend).toBe("stable");

    // Since then its takings fell to a trickle.
    await call("POST", "/v1/connect/flows", { key: inst.live, body: { sme_id: "COLLAPSING", flows: lastMonth } });
    const after = await score(inst.live, { sme_id: "COLLAPSING" });
    expect(after.json.score).toBeLessThan(healthy.json.score);
    expect(after.json.trend).toBe("down");
    expect(after.json.reasons[0].impact).toBeLessThan(0);

    // Other things equal, the collapse alone costs points: the same shop without it scores higher.
    await registerWithFlows(inst.live, "STEADY", steadyFlows(200));
    expect((await score(inst.live, { sme_id: "STEADY" })).json.score).toBeGreaterThan(after.json.score);
  });

  it("keeps a paginated history, newest first, with latest", async () => {
    const history = await call("GET", "/v1/scores/COLLAPSING?limit=1", { key: inst.live });
    expect(history.json).toMatchObject({ object: "score_history", sme_id: "COLLAPSING", has_more: true });
    expect(history.json.latest.trend).toBe("down");
    expect(history.json.data[0].id).toBe(history.json.latest.id);
    const older = await call("GET", `/v1/scores/COLLAPSING?limit=1&cursor=${history.json.next_cursor}`, { key: inst.live });
    expect(older.json.data[0].trend).toBe("stable");
    expect(older.json.has_more).toBe(false);
  });

  it("a shop whose takings halved over six months scores from the ledger exactly as training scores it", async () => {
    // The long view is summed by SQLite in the ledger and from flows in training: they must agree,
    // or the model would score in production what it never learnt.
    const asOfDay = Math.floor(Date.now() / DAY) - 1;
    const declining = { ...profileFor("commerce", 0.7), trajectory: { months: 6, change: 0.5 } };
    const flows = generateFlows(declining, { seed: 18, asOfDay, days: LONG_VIEW_DAYS });
    await registerWithFlows(inst.live, "SHRINKING", flows as ReturnType<typeof steadyFlows>);
    const expected = scoreFeatures(computeFeatures(bucketize(flows, Math.floor(Date.now() / DAY), 90)), "commerce");
    const res = await score(inst.live, { sme_id: "SHRINKING" });
    expect({ score: res.json.score, grade: res.json.grade, reasons: res.json.reasons }).toEqual({
      score: expected.score,
      grade: expected.grade,
      reasons: expected.reasons,
    });
    expect(res.json.reasons.map((r: { factor: string }) => r.factor)).toContain("inflow_off_peak");
  });

  it("answers 422 insufficient_data saying what is missing, and stores nothing", async () => {
    await registerWithFlows(inst.live, "THIN", steadyFlows(5));
    const res = await score(inst.live, { sme_id: "THIN" });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("insufficient_data");
    expect(res.json.error.message).toMatch(/history/);
    expect((await call("GET", "/v1/scores/THIN", { key: inst.live })).json.latest).toBeNull();
  });

  it("what a ledger remembers between scores follows D1: a new sector, a restore, an erasure", async () => {
    // A sandbox fixture of a fresh institution, scored near its sector's cutoffs, so that another sector grades it differently.
    const { test: key, id } = await newInstitution();
    const graded = (s: { grade: string; signals: { sector_benchmark: string } }) => [s.grade, s.signals.sector_benchmark];
    const mover = { sme_id: "SME_TEST_COMMERCE_C" };
    const asCommerce = graded((await score(key, mover)).json);
    let other: { sector: string; graded: string[] } | undefined;
    for (const sector of SECTORS) {
      const g = graded((await score(key, { ...mover, sector })).json);
      if (JSON.stringify(g) !== JSON.stringify(asCommerce)) other = { sector, graded: g };
    }
    expect(other).toBeDefined();
    expect((await call("PATCH", `/v1/smes/${mover.sme_id}`, { key, body: { sector: other!.sector } })).status).toBe(200);
    expect(graded((await score(key, mover)).json)).toEqual(other!.graded);

    // Changed in D1 behind the API's back (a restore): used within a minute, not at once. Noon
    // UTC, so that the minute cannot cross into another day of fixture flows.
    const noon = new Date().setUTCHours(12, 0, 0, 0);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(noon);
      expect(graded((await score(key, mover)).json)).toEqual(other!.graded);
      await env.DB.prepare("UPDATE smes SET sector = 'commerce' WHERE institution_id = ? AND sme_id = ?").bind(id, mover.sme_id).run();
      expect(graded((await score(key, mover)).json)).toEqual(other!.graded);
      vi.setSystemTime(noon + 61_000);
      expect(graded((await score(key, mover)).json)).toEqual(asCommerce);
    } finally {
      vi.useRealTimers();
    }

    // Scored low, erased, registered again healthy: the new SME has no previous score to rise from.
    await registerWithFlows(inst.live, "REBORN", steadyFlows(200, 30));
    const before = (await score(inst.live, { sme_id: "REBORN" })).json;
    expect((await call("DELETE", "/v1/smes/REBORN", { key: inst.live })).status).toBe(200);
    await registerWithFlows(inst.live, "REBORN", steadyFlows(200));
    const reborn = (await score(inst.live, { sme_id: "REBORN" })).json;
    expect(reborn.score - before.score).toBeGreaterThan(20);
    expect(reborn.trend).toBe("stable");
  });

  it("concurrent scores of one SME run one after another: its events happen once", async () => {
    // A shop whose takings collapsed six weeks ago (grade D, PD about 28 %): its first score
    // enters the risk zone, the next ones stay there.
    const { live: key } = await newInstitution();
    await registerWithFlows(key, "RUSHED", steadyFlows(200, 45));
    const all = await Promise.all(Array.from({ length: 6 }, () => score(key, { sme_id: "RUSHED" })));
    expect(all.map((r) => r.status)).toEqual(Array(6).fill(200));
    const events = await call("GET", "/v1/events?type=sme.risk_zone_entered&sme_id=RUSHED", { key });
    expect(events.json.data).toHaveLength(1);
    expect((await call("GET", "/v1/scores/RUSHED?limit=10", { key })).json.data).toHaveLength(6);
  });

  it("a score with another sector or window is a what-if: returned and kept, never official", async () => {
    const { live: key } = await newInstitution();
    await registerWithFlows(key, "WHATIF", steadyFlows(200, 30));
    const state = async () => {
      const [sme, history, events, alerts] = await Promise.all([
        call("GET", "/v1/smes/WHATIF", { key }),
        call("GET", "/v1/scores/WHATIF?limit=100", { key }),
        call("GET", "/v1/events?sme_id=WHATIF", { key }),
        call("GET", "/v1/portfolio/alerts", { key }),
      ]);
      return {
        latest_score: sme.json.latest_score,
        latest: history.json.latest,
        events: events.json.data.length,
        alerts: alerts.json.data.length,
        history: history.json.data,
      };
    };
    // Before any official score, what-ifs leave the SME unscored and raise nothing.
    for (const body of [{ window_days: 30 }, { sector: "agriculture" }, { window_days: 365, sector: "services" }]) {
      const res = await score(key, { sme_id: "WHATIF", ...body });
      expect(res.status).toBe(200);
      expect(res.json.official).toBe(false);
    }
    const before = await state();
    expect(before).toMatchObject({ latest_score: null, latest: null, events: 0, alerts: 0 });
    expect(before.history.map((s: { official: boolean }) => s.official)).toEqual([false, false, false]);

    // The registered sector over the default window is the official score, named so or not.
    const official = await score(key, { sme_id: "WHATIF", sector: "commerce", window_days: 90 });
    expect(official.json.official).toBe(true);
    const after = await state();
    expect(after.latest_score.score).toBe(official.json.score);
    expect(after.latest.id).toBe(official.json.id);
    expect(after.events).toBeGreaterThan(0);

    // A what-if after it changes none of that, whatever it says.
    const whatIf = await score(key, { sme_id: "WHATIF", window_days: 30 });
    expect(whatIf.json.official).toBe(false);
    const later = await state();
    expect({ ...later, history: later.history.length }).toEqual({ ...after, history: after.history.length + 1 });
    // The next official score compares with the last official one.
    expect((await score(key, { sme_id: "WHATIF" })).json.trend).toBe("stable");
  });

  it("validates the request and 404s other tenants' SMEs", async () => {
    expect((await score(inst.live, { sme_id: "STEADY", window_days: 29 })).json.error.param).toBe("window_days");
    expect((await score(inst.live, { sme_id: "STEADY", sector: "mining" })).json.error.param).toBe("sector");
    const other = await newInstitution();
    expect((await score(other.live, { sme_id: "STEADY" })).status).toBe(404);
    expect((await call("GET", "/v1/scores/STEADY", { key: other.live })).status).toBe(404);
  });
});
