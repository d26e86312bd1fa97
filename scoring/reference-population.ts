import { bucketize } from "./bucketize";
import { computeFeatures, LONG_VIEW_DAYS } from "./features";
import { DEFAULT_PHASE_DAY, generateFlows } from "./generator";
import type { ScorecardModel } from "./model";
import { mulberry32 } from "./prng";
import { referenceProfile } from "./profiles";
import { scoreFeatures } from "./score";
import { SECTORS, type Sector } from "./types";

/** 2026-01-01: the population's as-of days fall in every season of the year after it. */
const FIRST_PHASE_DAY = 20454;

/**
 * Every sector's reference scores: `smes_per_sector` random established SMEs (13 months of
 * history, the long view's, like the sandbox's mocks; a thin file is marked down by its own feature), each with flows
 * ending in a random season, scored once per reference window (the API's default 90 days and
 * the full year), so the cutoffs hold for both. Deterministic in `reference.seed`.
 */
export function referenceScores(model: ScorecardModel): Record<Sector, number[]> {
  const { seed, smes_per_sector: perSector, windows } = model.reference;
  const rng = mulberry32(seed);
  const out = {} as Record<Sector, number[]>;
  // Flows are laid out relative to the as-of day, so one as-of day serves; the season varies.
  const asOfDay = DEFAULT_PHASE_DAY;
  for (const sector of SECTORS) {
    out[sector] = [];
    for (let i = 0; i < perSector; i++) {
      const profile = referenceProfile(rng, sector);
      const phaseDay = FIRST_PHASE_DAY + Math.floor(rng() * 365);
      const flows = generateFlows(profile, { seed: Math.floor(rng() * 2 ** 31), asOfDay, days: LONG_VIEW_DAYS, phaseDay });
      for (const w of windows) out[sector].push(scoreFeatures(computeFeatures(bucketize(flows, asOfDay, w)), sector, model).score);
    }
  }
  return out;
}
