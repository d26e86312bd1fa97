import { currentModel } from "../model";
import { pdFromScore } from "../scaling";
import { gradeOf } from "../score";
import type { Sector } from "../types";
import type { EventSettings } from "./derive";
import type { EventFacts, EventType, ScoreRef } from "./types";

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * A sandbox event that looks like a real one for the SME's sector: the scores sit just inside
 * the sector's grade cutoffs, so grades and PDs agree with what the model would say.
 */
export function syntheticFacts(event: EventType, smeId: string, sector: Sector, settings: EventSettings): EventFacts {
  const { cutoffs } = currentModel.sectors[sector];
  const at = (score: number): ScoreRef => ({
    score,
    grade: gradeOf(score, sector, currentModel),
    pd: round4(pdFromScore(score, currentModel.scaling)),
  });
  const b = at(cutoffs.B + 10);
  const c = at(cutoffs.C + 10);
  const base = { sme_id: smeId };
  switch (event) {
    case "score.downgraded":
      return { ...base, event, from: b, to: c, reason: "inflow_trend" };
    case "score.upgraded":
      return { ...base, event, from: c, to: b, reason: "grade_raised" };
    case "score.threshold_crossed": {
      const t = settings.scoreThreshold;
      return { ...base, event, from: at(t + 20), to: at(t - 15), reason: "fell_below_threshold", threshold: t };
    }
    case "anomaly.detected":
      return { ...base, event, from: b, to: at(cutoffs.B + 2), reason: "unusual_flows", anomalies: 3 };
    case "sme.risk_zone_entered":
      return { ...base, event, from: c, to: at(cutoffs.D + 5), reason: "grade_in_risk_zone" };
    case "sme.erased":
      return { ...base, event, from: null, to: null, reason: "erasure_requested" };
  }
}
