import { describe, expect, it } from "vitest";
import { alertSeverity } from "../../../scoring/events/alerts";
import { eventsOf, type ScoredSnapshot } from "../../../scoring/events/derive";
import { syntheticFacts } from "../../../scoring/events/synthetic";
import { EVENT_TYPES } from "../../../scoring/events/types";

const settings = { scoreThreshold: 550, riskZonePd: 0.1 };
const snap = (score: number, grade: ScoredSnapshot["grade"], extra: Partial<ScoredSnapshot> = {}): ScoredSnapshot => ({
  score,
  grade,
  pd: 0.02,
  anomalies: 0,
  topFactor: "inflow_trend",
  ...extra,
});
const types = (prev: ScoredSnapshot | null, next: ScoredSnapshot) => eventsOf("SME_1", prev, next, settings).map((e) => e.event);

describe("events from a new score", () => {
  it("reports a grade drop with the factor weighing most, and a rise", () => {
    const [down] = eventsOf("SME_1", snap(648, "B"), snap(600, "C"), settings);
    expect(down).toEqual({
      event: "score.downgraded",
      sme_id: "SME_1",
      from: { score: 648, grade: "B", pd: 0.02 },
      to: { score: 600, grade: "C", pd: 0.02 },
      reason: "inflow_trend",
    });
    expect(types(snap(600, "C"), snap(648, "B"))).toEqual(["score.upgraded"]);
  });

  it("fires on changes only: the same score twice, or a first score, says nothing about grades", () => {
    expect(types(snap(648, "B"), snap(648, "B"))).toEqual([]);
    expect(types(null, snap(648, "B"))).toEqual([]);
  });

  it("reports crossing the threshold either way, with the threshold", () => {
    const [down] = eventsOf("SME_1", snap(560, "C"), snap(540, "C"), settings);
    expect(down).toMatchObject({ event: "score.threshold_crossed", reason: "fell_below_threshold", threshold: 550 });
    expect(eventsOf("SME_1", snap(540, "C"), snap(550, "C"), settings)[0]).toMatchObject({ reason: "rose_above_threshold" });
    expect(types(snap(540, "C"), snap(545, "C"))).toEqual([]);
    expect(types(snap(700, "C"), snap(690, "C"))).toEqual([]);
  });

  it("reports new anomalies, not old ones", () => {
    expect(eventsOf("SME_1", snap(648, "B"), snap(648, "B", { anomalies: 2 }), settings)[0]).toMatchObject({
      event: "anomaly.detected",
      anomalies: 2,
    });
    expect(types(snap(648, "B", { anomalies: 2 }), snap(648, "B", { anomalies: 2 }))).toEqual([]);
    expect(types(null, snap(648, "B", { anomalies: 1 }))).toEqual(["anomaly.detected"]);
  });

  it("reports entering the risk zone by grade or by PD, once", () => {
    expect(types(snap(600, "C"), snap(500, "D"))).toEqual(["score.downgraded", "score.threshold_crossed", "sme.risk_zone_entered"]);
    expect(types(null, snap(480, "E"))).toEqual(["sme.risk_zone_entered"]);
    expect(eventsOf("SME_1", snap(600, "C"), snap(600, "C", { pd: 0.12 }), settings)[0]).toMatchObject({ reason: "pd_above_limit" });
    expect(types(snap(500, "D"), snap(480, "E"))).toEqual(["score.downgraded"]);
  });
});

describe("alert severity", () => {
  const [fromB, toC, toE] = [snap(700, "B"), snap(640, "C"), snap(400, "E")];
  it("raises risk officers' alerts only for bad news", () => {
    expect(alertSeverity(eventsOf("SME_1", fromB, toC, settings)[0]!)).toBe("medium");
    expect(alertSeverity(eventsOf("SME_1", fromB, toE, settings)[0]!)).toBe("high");
    expect(alertSeverity(eventsOf("SME_1", toC, fromB, settings)[0]!)).toBeNull();
    expect(alertSeverity(syntheticFacts("sme.risk_zone_entered", "SME_1", "commerce", settings))).toBe("high");
    expect(alertSeverity(syntheticFacts("sme.erased", "SME_1", "commerce", settings))).toBeNull();
    expect(alertSeverity({ ...syntheticFacts("anomaly.detected", "SME_1", "commerce", settings), anomalies: 1 })).toBe("low");
  });
});

describe("synthetic sandbox events", () => {
  it("are coherent with the model for every type and sector", () => {
    for (const type of EVENT_TYPES) {
      for (const sector of ["commerce", "transport", "technology"] as const) {
        const f = syntheticFacts(type, "SME_1", sector, settings);
        expect(f.event).toBe(type);
        if (type === "score.downgraded") expect(f.to!.grade > f.from!.grade).toBe(true);
        if (type === "score.upgraded") expect(f.to!.grade < f.from!.grade).toBe(true);
        if (type === "score.threshold_crossed") expect(f.from!.score >= 550 && f.to!.score < 550).toBe(true);
        if (type === "sme.risk_zone_entered") expect(["D", "E"]).toContain(f.to!.grade);
      }
    }
  });
});
