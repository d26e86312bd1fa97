/** What a credit officer does with a score, given the institution's portfolio settings. */
export type Decision = "approve" | "review" | "decline";
export type Why = "below_threshold" | "risk_zone" | "near_threshold" | "falling" | "clear";

/** A score this close above the threshold is one bad month from below it: a person looks. */
export const REVIEW_MARGIN = 25;

export interface ScoreFacts {
  score: number;
  grade: "A" | "B" | "C" | "D" | "E";
  pd: number;
  trend: "up" | "stable" | "down";
}

export interface Settings {
  score_threshold: number;
  risk_zone_pd: number;
}

/**
 * The demo's credit policy, stated so an officer can check it: below the threshold, decline;
 * above it, review when the SME is in the risk zone (grade D/E or PD over the institution's
 * limit, the same rule as `sme.risk_zone_entered`), sits within REVIEW_MARGIN points of the
 * threshold, or is falling; otherwise approve. Every reason that applies is returned.
 */
export function decide(s: ScoreFacts, settings: Settings): { decision: Decision; why: Why[] } {
  if (s.score < settings.score_threshold) return { decision: "decline", why: ["below_threshold"] };
  const why: Why[] = [];
  if (s.grade === "D" || s.grade === "E" || s.pd > settings.risk_zone_pd) why.push("risk_zone");
  if (s.score < settings.score_threshold + REVIEW_MARGIN) why.push("near_threshold");
  if (s.trend === "down") why.push("falling");
  return why.length ? { decision: "review", why } : { decision: "approve", why: ["clear"] };
}
