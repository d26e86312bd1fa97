import type { FeatureBins, ScorecardModel } from "../model";
import { scalingFactor, scalingOffset } from "../scaling";
import type { Features } from "../types";
import { type Binning, binOf } from "./binning";

/**
 * From bins and fitted weights to the artifact's points. The regression's inputs are each
 * feature's WoE standardised over the population: centring decouples the intercept from the
 * slopes and equal scales even out the curvature, so plain gradient descent (the federated
 * solver) converges in few rounds.
 */

export interface Standardisation {
  means: number[];
  sds: number[];
}

/** Count-weighted mean and sd of each feature's WoE: computable from the summed histogram alone. */
export function standardisation(bs: readonly Binning[]): Standardisation {
  const moments = bs.map((b) => {
    const n = b.bins.reduce((s, x) => s + x.good + x.bad, 0);
    const mean = b.bins.reduce((s, x, k) => s + (x.good + x.bad) * b.woe[k]!, 0) / n;
    const variance = b.bins.reduce((s, x, k) => s + (x.good + x.bad) * (b.woe[k]! - mean) ** 2, 0) / n;
    return { mean, sd: Math.sqrt(variance) || 1 };
  });
  return { means: moments.map((m) => m.mean), sds: moments.map((m) => m.sd) };
}

const standardised = (b: Binning, j: number, k: number, st: Standardisation) => (b.woe[k]! - st.means[j]!) / st.sds[j]!;

/** One SME's regression row: 1, then each feature's standardised WoE. */
export const designRow = (bs: readonly Binning[], st: Standardisation, f: Features) => [
  1,
  ...bs.map((b, j) => standardised(b, j, binOf(b, f[b.feature]), st)),
];

/** The largest ‖row‖ any SME can have: the DP sensitivity's C. */
export const rowNormBound = (bs: readonly Binning[], st: Standardisation) =>
  Math.sqrt(1 + bs.reduce((s, b, j) => s + Math.max(...b.woe.map((_, k) => standardised(b, j, k, st) ** 2)), 0));

/** Integer points per bin: Factor·slope·(standardised WoE) plus an equal share of
 * Offset + Factor·intercept, so a score is the plain sum of its bins' points (optbinning's
 * pdo_odds convention). */
export function pointsOf(
  bs: readonly Binning[],
  st: Standardisation,
  w: readonly number[],
  scaling: ScorecardModel["scaling"],
): number[][] {
  const factor = scalingFactor(scaling);
  const share = (scalingOffset(scaling) + factor * w[0]!) / bs.length;
  return bs.map((b, j) => b.woe.map((_, k) => Math.round(factor * w[j + 1]! * standardised(b, j, k, st) + share)));
}

/** First [feature, bin] whose points do not differ from the next bin's, or null: such bins say
 * the same thing and must be pooled (the artifact requires strictly monotonic points). */
export function firstTie(points: readonly number[][]): [number, number] | null {
  for (let j = 0; j < points.length; j++) {
    const k = points[j]!.findIndex((p, i) => i > 0 && p === points[j]![i - 1]);
    if (k > 0) return [j, k - 1];
  }
  return null;
}

export const featureBins = (bs: readonly Binning[], points: readonly number[][]): FeatureBins[] =>
  bs.map((b, j) => ({ feature: b.feature, direction: b.direction, edges: b.edges, points: [...points[j]!] }));
