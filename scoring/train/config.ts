import { type Economy, NATIONAL_ECONOMY } from "../profiles";
import type { FedAvgSettings } from "./fedavg";
import type { Institution, PopulationConfig } from "./population";

/**
 * Everything the shipped artifact depends on besides the code. Changing any of it changes the
 * artifact; `npm run model:train` rewrites it and `npm run model:evaluate` checks it.
 */
export interface TrainingConfig {
  population: PopulationConfig;
  /** The held-out population: the same institutions' shapes, other seeds, `scale` times as many. */
  holdout: { seed: number; scale: number };
  fedavg: FedAvgSettings;
  /** Seed bases tried for the sandbox fixtures. */
  sandboxCandidates: number;
  /** Size of each sector's reference population, which sets the grade cutoffs. */
  referenceSmesPerSector: number;
}

/**
 * Six synthetic lenders whose books truly differ. The universal bank lends to established, sound
 * firms in a growing region: it almost never sees a thin file or a business in decline. The
 * microfinance institution serves small, weaker and younger businesses. The agricultural bank's
 * region had a poor harvest, and the mutual fund (the smallest book) is in a region in a
 * downturn: both see many declines, too few SMEs alone to learn everything else. The digital
 * lender serves young, growing firms; the infrastructure bank large ones. What each cannot learn
 * from its own book, the others' can teach it: the case for federating.
 */
const GROWING: Economy = { declineShare: 0.03, growthShare: 0.35 };
const BOOMING: Economy = { declineShare: 0.01, growthShare: 0.45 };
const DOWNTURN: Economy = { declineShare: 0.4, growthShare: 0.05 };

export const INSTITUTIONS: Institution[] = [
  {
    name: "universal_bank",
    smes: 2600,
    sectorMix: {
      commerce: 3,
      agriculture: 1,
      manufacturing: 2,
      construction: 2,
      transport: 1,
      hospitality: 1,
      services: 2,
      health: 1,
      education: 1,
      technology: 1,
    },
    size: 2,
    health: [0.4, 1],
    thinFileShare: 0.01,
    economy: GROWING,
  },
  {
    name: "microfinance",
    smes: 1600,
    sectorMix: { commerce: 4, agriculture: 3, hospitality: 2, services: 1, transport: 1 },
    size: 0.4,
    health: [0, 0.6],
    thinFileShare: 0.5,
    economy: BOOMING,
  },
  {
    name: "agricultural_bank",
    smes: 1500,
    sectorMix: { agriculture: 5, commerce: 2, transport: 1, manufacturing: 1 },
    size: 0.8,
    health: [0.1, 0.9],
    thinFileShare: 0.02,
    economy: DOWNTURN,
  },
  {
    name: "digital_lender",
    smes: 1400,
    sectorMix: { technology: 3, services: 3, commerce: 2, education: 1, health: 1 },
    size: 0.7,
    health: [0.2, 1],
    thinFileShare: 0.6,
    economy: GROWING,
  },
  {
    name: "infrastructure_bank",
    smes: 1100,
    sectorMix: { construction: 4, manufacturing: 3, transport: 3 },
    size: 3,
    health: [0.2, 1],
    thinFileShare: 0.05,
    economy: NATIONAL_ECONOMY,
  },
  {
    name: "mutual_fund",
    smes: 600,
    sectorMix: { health: 3, education: 3, services: 2, commerce: 1 },
    size: 0.6,
    health: [0.1, 1],
    thinFileShare: 0.2,
    economy: DOWNTURN,
  },
];

export const TRAINING: TrainingConfig = {
  population: { seed: 20260601, institutions: INSTITUTIONS },
  // 10× the training SMEs: grade E's default rate is then known to about ±0.6 pp. At 2.5× the coin
  // flips alone moved it by ±1.2 pp, and a fit's grade E read 2.06 pp off its default rate while
  // 0.24 pp off the generator's own PDs: the target was judging luck.
  holdout: { seed: 20260602, scale: 10 },
  // No DP noise in the shipped fit: at z = 14 (ε ≈ 6.7 per SME, δ = 1e-5, DP_TRIAL below) the
  // ranking survives but grade E's stated PD drifts ~2.3 pp from its default rate and a fixture
  // keeps its grade under a halving. Measure it: npm run model:evaluate -- --dp
  fedavg: { rounds: 300, localSteps: 5, seed: 20260603, dp: null },
  sandboxCandidates: 20,
  referenceSmesPerSector: 300,
};

/**
 * The same pipeline at under a third of the size, small enough for a unit test to rerun in
 * seconds and compare with its committed output (test/unit/scoring/train/reduced-artifact.json):
 * the determinism check. The full artifact is checked by npm run model:evaluate.
 */
export const REDUCED_TRAINING: TrainingConfig = {
  ...TRAINING,
  population: { ...TRAINING.population, institutions: INSTITUTIONS.map((i) => ({ ...i, smes: Math.round(i.smes * 0.3) })) },
  holdout: { ...TRAINING.holdout, scale: 0.2 },
  fedavg: { ...TRAINING.fedavg, rounds: 100 },
  sandboxCandidates: 1,
  referenceSmesPerSector: 30,
};

/** The differentially private variant evaluate.ts measures with --dp. */
export const DP_TRIAL = { noiseMultiplier: 14, delta: 1e-5 };
