import { bucketize } from "../bucketize";
import { computeFeatures, LONG_VIEW_DAYS } from "../features";
import { DEFAULT_PHASE_DAY, generateFlows, type SmeProfile } from "../generator";
import { mulberry32, normal, type Rng } from "../prng";
import { drawDynamics, type Economy, jitterProfile, profileFor } from "../profiles";
import { checkSufficiency } from "../sufficiency";
import { type Features, SECTORS, type Sector } from "../types";

/**
 * The synthetic population the scorecard is fitted and judged on. Each SME has a latent
 * 12-month probability of default set by its business traits and the year it had (the "truth"
 * below); the same traits shape 13 months of flows through the sandbox's own generator, and the
 * outcome is a coin flip with that probability. The model only ever sees the flows, through the
 * Worker's features, so it has to recover the traits from noisy, finite ledgers.
 */

/**
 * A lender's book. Books differ the way UEMOA lenders' do: in sectors, in the size of the firms,
 * in how sound the clients they take on are (so in their own default rates), in how many young
 * businesses they serve, and in the regional economy their clients trade in.
 */
export interface Institution {
  name: string;
  smes: number;
  /** Relative weight of each sector in its book (missing = 0). */
  sectorMix: Partial<Record<Sector, number>>;
  /** Its clients' typical takings against the sector's (1 = the sector's typical firm). */
  size: number;
  /** Range of its clients' latent health: its credit appetite. */
  health: [number, number];
  /** Share of clients with a thin file (30–330 days of history). */
  thinFileShare: number;
  economy: Economy;
}

export interface PopulationConfig {
  seed: number;
  institutions: Institution[];
}

export interface PopulationSme {
  institution: number;
  sector: Sector;
  windowDays: number;
  features: Features;
  /** The generator's latent 12-month PD: the oracle ranks by it. */
  pd: number;
  defaulted: boolean;
}

/** Scored at the API's default window or the full year, so the scorecard serves both. */
const WINDOWS = [90, 365] as const;
/** 2026-01-01: as-of days fall in every season of the year after it. */
const FIRST_PHASE_DAY = 20454;
const SUDDEN_DROP_SHARE = 0.06;

/**
 * The truth: log-odds of default from the traits, centred on a typical SME (health 0.5 sits near
 * a 1.5 % PD, the soundest near 0.1 %, so a calibrated scorecard spreads them over the scale
 * instead of pinning them at its cap). As the SME-lending literature reports: a sustained fall
 * in takings, a thin margin or one squeezed lately, erratic or sparse takings and dependence on
 * one payer raise the risk; a long history and growth lower it. Size, seasonality, Ramadan,
 * weekdays and payment channels do not enter at all (noise the model must ignore); one-off
 * spikes a little. The unobserved term stands for what no ledger shows (off-ledger debt, the
 * owner's health) and caps any model below the oracle.
 */
const TRUTH = {
  intercept: -4.6,
  margin: -3.5,
  volatility: 2,
  activeDayShare: -2,
  concentration: 1.2,
  dropDepth: 2.2,
  /** Per unit of −ln(change): a halving over the months before adds 2.8. */
  decline: 4,
  /** Per unit of ln(change): growth helps, less than decline hurts. */
  growth: -0.5,
  marginSqueeze: 5,
  monthlyNoise: 3,
  thinFile: 2.5,
  spikeRate: 50,
  unobservedSd: 0.5,
};
/** Base-rate differences between trades, on the log-odds scale (weather, public payers…). */
const SECTOR_RISK: Record<Sector, number> = {
  commerce: 0,
  agriculture: 0.25,
  manufacturing: -0.05,
  construction: 0.2,
  transport: 0.1,
  hospitality: 0.15,
  services: -0.1,
  health: -0.2,
  education: -0.1,
  technology: 0.05,
};

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function latentPd(p: SmeProfile, unobserved: number): number {
  const t = TRUTH;
  const change = Math.log(p.trajectory?.change ?? 1);
  const logit =
    t.intercept +
    SECTOR_RISK[p.sector] +
    t.margin * (p.margin - 0.05) +
    t.volatility * (p.volatility - 0.3) +
    t.activeDayShare * (p.activeDayShare - 0.6) +
    t.concentration * (p.concentration - 0.45) +
    (p.drop ? t.dropDepth * (1 - p.drop.factor) : 0) +
    (change < 0 ? -t.decline * change : t.growth * change) +
    t.marginSqueeze * p.marginSqueeze +
    t.monthlyNoise * (p.monthlyNoise - 0.06) +
    // A year of history is not thin; the long view's 13 months make a file no safer than that.
    t.thinFile * Math.max(0, 1 - p.historyDays / 365) +
    t.spikeRate * p.spikeRate +
    t.unobservedSd * unobserved;
  return sigmoid(logit);
}

/** One SME of an institution: health from its lender's range (profileFor moves the traits
 * together), each trait jittered, size from its lender, the year its region's economy gave it;
 * some files are thin, some businesses hit a sudden drop whatever their health. */
export function drawProfile(rng: Rng, sector: Sector, inst: Institution): SmeProfile {
  const health = inst.health[0] + (inst.health[1] - inst.health[0]) * rng();
  const base = jitterProfile(rng, profileFor(sector, health), 1.2);
  const thin = rng() < inst.thinFileShare;
  const dropped = rng() < SUDDEN_DROP_SHARE;
  return {
    ...base,
    dailyInflow: Math.round(base.dailyInflow * inst.size * Math.exp(normal(rng, 0, 0.6))),
    historyDays: thin ? 30 + Math.floor(rng() * 300) : LONG_VIEW_DAYS,
    drop: dropped ? { days: 15 + Math.floor(rng() * 45), factor: 0.15 + 0.6 * rng() } : base.drop,
    spikeRate: base.spikeRate * Math.exp(normal(rng, 0, 0.8)),
    ...drawDynamics(rng, health, inst.economy),
  };
}

/** Seed of the n-th SME of an institution: independent streams, so a population can be built
 * in any order (or in parallel) and still be the same. */
export function smeSeed(seed: number, institution: number, n: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(institution + 1, 0xc2b2ae35) ^ Math.imul(n + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

function sectorOf(rng: Rng, mix: Institution["sectorMix"]): Sector {
  const weights = SECTORS.map((s) => mix[s] ?? 0);
  let r = rng() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < SECTORS.length; i++) {
    r -= weights[i]!;
    if (r < 0) return SECTORS[i]!;
  }
  return SECTORS[SECTORS.length - 1]!;
}

/** One SME, or null when its ledger would be refused as insufficient (the API scores none). */
export function drawSme(seed: number, institution: number, n: number, inst: Institution): PopulationSme | null {
  const rng = mulberry32(smeSeed(seed, institution, n));
  const sector = sectorOf(rng, inst.sectorMix);
  const profile = drawProfile(rng, sector, inst);
  const unobserved = normal(rng);
  const windowDays = WINDOWS[Math.floor(rng() * WINDOWS.length)]!;
  const phaseDay = FIRST_PHASE_DAY + Math.floor(rng() * 365);
  const flows = generateFlows(profile, { seed: Math.floor(rng() * 2 ** 31), asOfDay: DEFAULT_PHASE_DAY, days: LONG_VIEW_DAYS, phaseDay });
  const window = bucketize(flows, DEFAULT_PHASE_DAY, windowDays);
  if (checkSufficiency(window)) return null;
  const pd = latentPd(profile, unobserved);
  return { institution, sector, windowDays, features: computeFeatures(window), pd, defaulted: rng() < pd };
}

export type Progress = (done: number, total: number) => void;

/** Every institution's book; `institutions[i].smes` are drawn, the insufficient ones dropped. */
export function generatePopulation(config: PopulationConfig, progress?: Progress): PopulationSme[] {
  const total = config.institutions.reduce((s, i) => s + i.smes, 0);
  const out: PopulationSme[] = [];
  let done = 0;
  config.institutions.forEach((inst, k) => {
    for (let n = 0; n < inst.smes; n++) {
      const sme = drawSme(config.seed, k, n, inst);
      if (sme) out.push(sme);
      if (++done % 500 === 0 || done === total) progress?.(done, total);
    }
  });
  return out;
}
