import { GRADES, type Grade } from "../types";
import type { EventFacts, ScoreRef } from "./types";

/** A score with what the rules read besides score, grade and PD. */
export interface ScoredSnapshot extends ScoreRef {
  anomalies: number;
  /** The factor that cost the score the most points, if any did. */
  topFactor: string | null;
}

/** Per institution and environment; defaults in worker/data/settings.ts. */
export interface EventSettings {
  scoreThreshold: number;
  riskZonePd: number;
}

const rank = (g: Grade) => GRADES.indexOf(g);
const ref = ({ score, grade, pd }: ScoreRef): ScoreRef => ({ score, grade, pd });

export const inRiskZone = (s: ScoreRef, settings: EventSettings) => s.grade === "D" || s.grade === "E" || s.pd > settings.riskZonePd;

/**
 * The events a new score produces against the SME's previous one. Each fires on a change, not a
 * state: scoring twice on the same flows produces nothing the second time, which is what makes
 * a repeated re-score harmless.
 */
export function eventsOf(smeId: string, prev: ScoredSnapshot | null, next: ScoredSnapshot, settings: EventSettings): EventFacts[] {
  const base = { sme_id: smeId, from: prev && ref(prev), to: ref(next) };
  const out: EventFacts[] = [];
  if (prev && rank(next.grade) > rank(prev.grade)) {
    out.push({ ...base, event: "score.downgraded", reason: next.topFactor ?? "grade_lowered" });
  }
  if (prev && rank(next.grade) < rank(prev.grade)) out.push({ ...base, event: "score.upgraded", reason: "grade_raised" });
  const t = settings.scoreThreshold;
  if (prev && prev.score >= t !== next.score >= t) {
    const reason = next.score < t ? "fell_below_threshold" : "rose_above_threshold";
    out.push({ ...base, event: "score.threshold_crossed", reason, threshold: t });
  }
  if (next.anomalies > (prev?.anomalies ?? 0)) {
    out.push({ ...base, event: "anomaly.detected", reason: "unusual_flows", anomalies: next.anomalies });
  }
  if (inRiskZone(next, settings) && !(prev && inRiskZone(prev, settings))) {
    const reason = next.grade === "D" || next.grade === "E" ? "grade_in_risk_zone" : "pd_above_limit";
    out.push({ ...base, event: "sme.risk_zone_entered", reason });
  }
  return out;
}
