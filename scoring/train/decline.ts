import { bucketize } from "../bucketize";
import { computeFeatures, LONG_VIEW_DAYS } from "../features";
import { DEFAULT_PHASE_DAY, generateFlows, type SmeProfile } from "../generator";
import { mockSmes } from "../mock-smes";
import type { ScorecardModel } from "../model";
import { scoreFeatures } from "../score";
import { GRADES } from "../types";

/**
 * What a sustained decline costs: each sandbox fixture that has a grade to lose (A–D) is scored
 * as it is and with its takings halving over the last six months, everything else (seed,
 * traits, and so the same luck day for day) the same, through the Worker's own path: flows →
 * bucketize → computeFeatures → points.
 */
export const SUSTAINED_DECLINE: NonNullable<SmeProfile["trajectory"]> = { months: 6, change: 0.5 };
export const DECLINE_WINDOWS = [90, 365] as const;

export interface DeclineResponse {
  id: string;
  windowDays: number;
  before: { score: number; grade: string };
  after: { score: number; grade: string };
  pointsLost: number;
  gradesLost: number;
}

export function declineResponses(model: ScorecardModel): DeclineResponse[] {
  const out: DeclineResponse[] = [];
  for (const m of mockSmes(model.sandbox.seeds).filter((x) => x.grade !== "E")) {
    const year = (profile: SmeProfile) => generateFlows(profile, { seed: m.seed, asOfDay: DEFAULT_PHASE_DAY, days: LONG_VIEW_DAYS });
    const [steady, declining] = [year(m.profile), year({ ...m.profile, trajectory: SUSTAINED_DECLINE })];
    for (const windowDays of DECLINE_WINDOWS) {
      const score = (flows: typeof steady) =>
        scoreFeatures(computeFeatures(bucketize(flows, DEFAULT_PHASE_DAY, windowDays)), m.sector, model);
      const [before, after] = [score(steady), score(declining)];
      out.push({
        id: m.id,
        windowDays,
        before: { score: before.score, grade: before.grade },
        after: { score: after.score, grade: after.grade },
        pointsLost: before.score - after.score,
        gradesLost: GRADES.indexOf(after.grade) - GRADES.indexOf(before.grade),
      });
    }
  }
  return out;
}
