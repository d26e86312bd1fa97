import { describe, expect, it } from "vitest";
import { bucketize, DAY_MS } from "../../../scoring/bucketize";
import { computeFeatures, LONG_VIEW_DAYS, MONTH_DAYS } from "../../../scoring/features";
import { DEFAULT_PHASE_DAY, generateFlows } from "../../../scoring/generator";
import { MOCK_SMES, type MockSme } from "../../../scoring/mock-smes";
import { currentModel } from "../../../scoring/model";
import { scoreFeatures } from "../../../scoring/score";
import { declineResponses } from "../../../scoring/train/decline";
import type { Flow } from "../../../scoring/types";

/**
 * What a credit committee expects of the score, checked on the Worker's own path (flows →
 * bucketize → computeFeatures → points) for every sandbox fixture at both reference windows.
 */
const AS_OF = DEFAULT_PHASE_DAY;
const WINDOWS = [90, 365];

const yearOf = (m: MockSme) => generateFlows(m.profile, { seed: m.seed, asOfDay: AS_OF, days: LONG_VIEW_DAYS });
const scoreOf = (m: MockSme, flows: readonly Flow[], windowDays: number) =>
  scoreFeatures(computeFeatures(bucketize(flows, AS_OF, windowDays)), m.sector, currentModel).score;
const dayOf = (f: Flow) => Math.floor(Date.parse(f.occurred_at) / DAY_MS);

describe("shrinking the last k months' takings", () => {
  for (const k of [1, 2, 3, 6]) {
    it(`never raises the score (k = ${k}, takings cut by 30 % and by 60 %)`, () => {
      for (const m of MOCK_SMES) {
        const flows = yearOf(m);
        for (const factor of [0.7, 0.4]) {
          const shrunk = flows.map((f) =>
            f.direction === "in" && AS_OF - dayOf(f) < k * MONTH_DAYS ? { ...f, amount: Math.max(1, Math.round(f.amount * factor)) } : f,
          );
          for (const w of WINDOWS) {
            expect(scoreOf(m, shrunk, w), `${m.id} window ${w} factor ${factor}`).toBeLessThanOrEqual(scoreOf(m, flows, w));
          }
        }
      }
    });
  }
});

describe("a sustained 50 % decline over six months", () => {
  it("costs every A–D fixture points, at 90 and 365 days", () => {
    for (const r of declineResponses(currentModel)) expect(r.pointsLost, `${r.id} window ${r.windowDays}`).toBeGreaterThan(0);
  });

  it("costs every A–D fixture at least one grade and at least 60 points, at 90 and 365 days", () => {
    const responses = declineResponses(currentModel);
    expect(responses).toHaveLength(80);
    for (const r of responses) {
      const label = `${r.id} window ${r.windowDays}: ${r.before.score} ${r.before.grade} → ${r.after.score} ${r.after.grade}`;
      expect(r.pointsLost, label).toBeGreaterThanOrEqual(60);
      expect(r.gradesLost, label).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("a diversified payer", () => {
  it("never lowers the score: a new customer taking over every third payment of the largest one", () => {
    for (const m of MOCK_SMES) {
      const flows = yearOf(m);
      let n = 0;
      const diversified = flows.map((f) => (f.counterparty === "cp_1" && n++ % 3 === 0 ? { ...f, counterparty: "cp_new" } : f));
      for (const w of WINDOWS) expect(scoreOf(m, diversified, w), `${m.id} window ${w}`).toBeGreaterThanOrEqual(scoreOf(m, flows, w));
    }
  });
});
