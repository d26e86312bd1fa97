import { bucketize } from "./bucketize";
import { computeFeatures } from "./features";
import { generateFlows } from "./generator";
import type { ScorecardModel } from "./model";
import { mulberry32 } from "./prng";
import { referenceProfile } from "./profiles";
import { scoreFeatures } from "./score";
import { SECTORS, type Sector } from "./types";

/** 2026-01-01: as-of days are spread over the year after it, so no season dominates a sector. */
const FIRST_AS_OF_DAY = 20454;

/**
 * Every sector's reference scores: `smes_per_sector` random SMEs, each with a year of flows up
 * to a random as-of day, scored once per reference window (the API's default 90 days and the
 * full year), so the cutoffs hold for both. Deterministic in `reference.seed`.
 */
export function referenceScores(model: ScorecardModel): Record<Sector, number[]> {
  const { seed, smes_per_sector: perSector, windows } = model.reference;
  const rng = mulberry32(seed);
  const out = {} as Record<Sector, number[]>;
  for (const sector of SECTORS) {
    out[sector] = [];
    for (let i = 0; i < perSector; i++) {
      const profile = referenceProfile(rng, sector);
      const asOfDay = FIRST_AS_OF_DAY + Math.floor(rng() * 365);
      const flows = generateFlows(profile, { seed: Math.floor(rng() * 2 ** 31), asOfDay, days: 365 });
      for (const w of windows) out[sector].push(scoreFeatures(computeFeatures(bucketize(flows, asOfDay, w)), sector, model).score);
    }
  }
  return out;
}
