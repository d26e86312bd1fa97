import { LONG_VIEW_DAYS } from "./features";
import type { SmeProfile } from "./generator";
import { lognormal, normal, type Rng } from "./prng";
import type { Sector } from "./types";

/**
 * One latent "health" in 0–1 drives every trait of a synthetic SME together, the way a sound
 * business is at once steadier, more profitable and less dependent on one client. The sandbox's
 * mocks sit at fixed healths and hold steady over their year; the reference and training
 * populations draw health, jitter each trait (correlated, not locked together) and give each SME
 * the year its local economy and luck made: growth or decline over months, a changing
 * dependence on its largest payer, a margin squeeze, irregular months.
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
    historyDays: LONG_VIEW_DAYS,
    // Only the weakest businesses are collapsing. The drop deepens continuously below health
    // 0.15 (no cliff), so the reference scores have no gap for a grade cutoff to fall into.
    drop: h < DROP_BELOW_HEALTH ? { days: 30, factor: 0.15 + (0.85 * h) / DROP_BELOW_HEALTH } : null,
    spikeRate: 0.001 + 0.01 * (1 - h) ** 2,
    trajectory: null,
    concentrationDrift: 0,
    marginSqueeze: 0,
    // The mocks are textbook businesses: steadier months than the populations draw.
    monthlyNoise: 0.02 + 0.04 * (1 - h),
  };
}

/** How often a region's SMEs were in a sustained decline or growth over the year. */
export interface Economy {
  declineShare: number;
  growthShare: number;
}

export const NATIONAL_ECONOMY: Economy = { declineShare: 0.15, growthShare: 0.2 };

/**
 * The year an SME had: a sustained decline (more likely for a weak business, and in a region in
 * a downturn) or growth, over 3–10 months; its largest payer gaining or losing weight; in one
 * case in five a margin squeeze; month-to-month irregularity around its own level.
 */
export function drawDynamics(
  rng: Rng,
  health: number,
  economy: Economy,
): Pick<SmeProfile, "trajectory" | "concentrationDrift" | "marginSqueeze" | "monthlyNoise"> {
  const u = rng();
  const declines = economy.declineShare * (1.5 - health);
  const grows = economy.growthShare * (0.5 + health);
  const months = 3 + Math.floor(rng() * 8);
  const size = rng();
  const trajectory =
    u < declines ? { months, change: 0.3 + 0.45 * size } : u < declines + grows ? { months, change: 1.15 + 0.65 * size } : null;
  return {
    trajectory,
    concentrationDrift: normal(rng, 0, 0.08),
    marginSqueeze: rng() < 0.2 ? 0.04 + 0.16 * rng() : 0,
    monthlyNoise: (0.02 + 0.08 * (1 - health)) * Math.exp(normal(rng, 0, 0.4)),
  };
}

/** Jitters each trait of a base profile, so traits are correlated but not locked together. */
export function jitterProfile(rng: Rng, base: SmeProfile, scale = 1): SmeProfile {
  const jitter = (x: number, sd: number, lo: number, hi: number) => clip(x + normal(rng, 0, sd * scale), lo, hi);
  return {
    ...base,
    activeDayShare: jitter(base.activeDayShare, 0.1, 0.1, 1),
    volatility: jitter(base.volatility, 0.08, 0.03, 0.9),
    margin: jitter(base.margin, 0.08, -0.5, 0.45),
    concentration: jitter(base.concentration, 0.1, 0.05, 0.95),
  };
}

/** A random established member of the sector's reference population (13 months of history, the long view's):
 * uniform health, jittered traits, the national economy's dynamics. */
export function referenceProfile(rng: Rng, sector: Sector): SmeProfile {
  const health = rng();
  const base = jitterProfile(rng, profileFor(sector, health));
  return { ...base, dailyInflow: Math.round(lognormal(rng, base.dailyInflow, 0.5)), ...drawDynamics(rng, health, NATIONAL_ECONOMY) };
}
