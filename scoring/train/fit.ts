import { MIN_BINS, type RiskDirection, type ScorecardModel } from "../model";
import { FEATURE_NAMES, type FeatureName, type Features } from "../types";
import { type Binning, binAll, histogram, mergeBins } from "./binning";
import { type FedAvgResult, type FedAvgSettings, fedAvg, type RoundProgress } from "./fedavg";
import { type Dataset, dot, irls } from "./logistic";
import type { PopulationSme } from "./population";
import { designRow, firstTie, pointsOf, rowNormBound, type Standardisation, standardisation } from "./scorecard";
import { secureSum } from "./secure-aggregation";

/** A fitted scorecard before it becomes an artifact: bins, input scaling, weights (intercept first). */
export interface Fit {
  binnings: Binning[];
  standardisation: Standardisation;
  weights: number[];
}

export interface FederatedFit extends Fit {
  points: number[][];
  federated: FedAvgResult;
  /** The same bins fitted on pooled data, for the federated-vs-centralised comparison only. */
  centralized: Fit;
  /** Bin pairs pooled because their points rounded alike. */
  pooled: number;
}

/** Log-odds good:bad of one SME under a fit, unrounded. */
export const logOdds = (fit: Fit, f: Features) => dot(fit.weights, designRow(fit.binnings, fit.standardisation, f));

const dataset = (fit: Omit<Fit, "weights">, smes: readonly PopulationSme[]): Dataset => ({
  x: smes.map((s) => designRow(fit.binnings, fit.standardisation, s.features)),
  y: smes.map((s) => (s.defaulted ? 0 : 1)),
});

/** The intercept is free; every slope on a WoE input is held ≥ 0 (see logistic.ts). */
const bounds = () => [false, ...FEATURE_NAMES.map(() => true)];

const books = (smes: readonly PopulationSme[], institutions: number) =>
  Array.from({ length: institutions }, (_, k) => smes.filter((s) => s.institution === k));

/** Centralised fit of one pool of SMEs, binned on its own counts: what a lender alone can do. */
export function fitAlone(smes: readonly PopulationSme[], directions: Record<FeatureName, RiskDirection>): Fit {
  const counts = histogram(
    smes.map((s) => s.features),
    smes.map((s) => s.defaulted),
  );
  // A small book may not support four monotonic bins; for a comparison model that is allowed.
  const binnings = binAll(counts, directions, 1);
  const st = standardisation(binnings);
  return { binnings, standardisation: st, weights: irls(dataset({ binnings, standardisation: st }, smes), bounds()) };
}

export interface FitProgress {
  stage: (message: string) => void;
  round?: RoundProgress;
}

/**
 * The shipped fit. Each institution's histogram is summed under secure aggregation and binned;
 * FedAvg fits the weights starting from naive Bayes (every slope 1 on WoE, the prior log-odds);
 * where two bins' points round alike they are pooled and the fit rerun, until every feature's
 * points are strictly monotonic.
 */
export function fitFederated(
  smes: readonly PopulationSme[],
  institutions: number,
  base: ScorecardModel,
  settings: FedAvgSettings,
  progress?: FitProgress,
): FederatedFit {
  const directions = Object.fromEntries(base.features.map((f) => [f.feature, f.direction])) as Record<FeatureName, RiskDirection>;
  const parts = books(smes, institutions);
  const summed = secureSum(
    parts.map((p) =>
      histogram(
        p.map((s) => s.features),
        p.map((s) => s.defaulted),
      ),
    ),
    settings.seed ^ 0x5eed,
  );
  let binnings = binAll(summed, directions);
  for (let pooled = 0; ; pooled++) {
    const st = standardisation(binnings);
    const goods = smes.filter((s) => !s.defaulted).length;
    // Naive Bayes: slope 1 on each raw WoE is slope sd on its standardised value.
    const init = [Math.log(goods / (smes.length - goods)), ...st.sds];
    progress?.stage(
      `FedAvg over ${institutions} institutions, ${settings.rounds} rounds${pooled ? ` (after pooling ${pooled} tied bin pairs)` : ""}`,
    );
    const federated = fedAvg(
      parts.map((p) => dataset({ binnings, standardisation: st }, p)),
      init,
      bounds(),
      rowNormBound(binnings, st),
      settings,
      progress?.round,
    );
    const points = pointsOf(binnings, st, federated.weights, base.scaling);
    const tie = firstTie(points);
    if (tie) {
      binnings = binnings.map((b, j) => (j === tie[0] ? mergeBins(b, tie[1]) : b));
      if (binnings[tie[0]]!.bins.length < MIN_BINS)
        throw new Error(`${binnings[tie[0]]!.feature}: fewer than ${MIN_BINS} bins with distinct points; the feature carries no signal`);
      continue;
    }
    const centralized = { binnings, standardisation: st, weights: irls(dataset({ binnings, standardisation: st }, smes), bounds()) };
    return { binnings, standardisation: st, weights: federated.weights, points, federated, centralized, pooled };
  }
}
