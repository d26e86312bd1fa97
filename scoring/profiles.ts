import type { SmeProfile } from "./generator";
import { lognormal, normal, type Rng } from "./prng";
import type { Sector } from "./types";

/**
 * One latent "health" in 0–1 drives every trait of a synthetic SME together, the way a sound
 * business is at once steadier, more profitable and less dependent on one client. The sandbox's
 * mocks sit at fixed healths; the reference population draws health uniformly and jitters each
 * trait, so traits are correlated but not locked together.
 */

/** Typical takings on a trading day, XOF, per sector (scale only; features are ratios). */
const SECTOR_DAILY_INFLOW: Record<Sector, number> = {
  commerce: 450_000,
  agriculture: 300_000,
  manufacturing: 900_000,
  construction: 1_200_000,
  transport: 350_000,
  hospitality: 400_000,
  services: 500_000,
  health: 350_000,
  education: 250_000,
  technology: 700_000,
};

const DROP_BELOW_HEALTH = 0.15;

const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function profileFor(sector: Sector, health: number): SmeProfile {
  const h = clip(health, 0, 1);
  return {
    sector,
    dailyInflow: SECTOR_DAILY_INFLOW[sector],
    activeDayShare: 0.3 + 0.65 * h,
    volatility: 0.6 - 0.52 * h,
    margin: -0.3 + 0.65 * h,
    concentration: 0.85 - 0.7 * h,
    counterparties: Math.round(4 + 36 * h),
    historyDays: 365,
    // Only the weakest businesses are collapsing. The drop deepens continuously below health
    // 0.15 (no cliff), so the reference scores have no gap for a grade cutoff to fall into.
    drop: h < DROP_BELOW_HEALTH ? { days: 30, factor: 0.15 + (0.85 * h) / DROP_BELOW_HEALTH } : null,
    spikeRate: 0.001 + 0.01 * (1 - h) ** 2,
  };
}

/** A random member of the sector's reference population: uniform health, each trait jittered. */
export function referenceProfile(rng: Rng, sector: Sector): SmeProfile {
  const health = rng();
  const base = profileFor(sector, health);
  const jitter = (x: number, sd: number, lo: number, hi: number) => clip(x + normal(rng, 0, sd), lo, hi);
  return {
    ...base,
    dailyInflow: Math.round(lognormal(rng, base.dailyInflow, 0.5)),
    activeDayShare: jitter(base.activeDayShare, 0.08, 0.1, 1),
    volatility: jitter(base.volatility, 0.06, 0.03, 0.9),
    margin: jitter(base.margin, 0.05, -0.5, 0.4),
    concentration: jitter(base.concentration, 0.08, 0.05, 0.95),
  };
}
