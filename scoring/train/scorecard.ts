import type { FeatureBins, ScorecardModel } from "../model";
import { scalingFactor, scalingOffset } from "../scaling";
import type { Features } from "../types";
import { binOf, type Binning } from "./binning";

/**
 * From bins and fitted weights to the artifact's points. The regression's inputs are each
 * feature's WoE minus its population mean: centring decouples the intercept from the slopes,
 * which lets plain gradient descent (the federated solver) converge in few rounds.
 */

/** Count-weighted mean WoE of each feature: computable from the summed histogram alone. */
export const woeMeans = (bs: readonly Binning[]) =>
  bs.map((b) => {
    const n = b.bins.reduce((s, x) => s + x.good + x.bad, 0);
    return b.bins.reduce((s, x, k) => s + (x.good + x.bad) * b.woe[k]!, 0) / n;
  });

/** One SME's regression row: 1, then each feature's centred WoE. */
export const designRow = (bs: readonly Binning[], means: readonly number[], f: Features) =>
  [1, ...bs.map((b, j) => b.woe[binOf(b, f[b.feature])]! - means[j]!)];

/** The largest ‖row‖ any SME can have: the DP sensitivity's C. */
export const rowNormBound = (bs: readonly Binning[], means: readonly number[]) =>
  Math.sqrt(1 + bs.reduce((s, b, j) => s + Math.max(...b.woe.map((w) => (w - means[j]!) ** 2)), 0));

/** Integer points per bin: Factor·(slope·centred WoE) plus an equal share of Offset + Factor·intercept,
 * so a score is the plain sum of its bins' points (optbinning's pdo_odds convention). */
export function pointsOf(bs: readonly Binning[], means: readonly number[], w: readonly number[], scaling: ScorecardModel["scaling"]): number[][] {
  const factor = scalingFactor(scaling);
  const share = (scalingOffset(scaling) + factor * w[0]!) / bs.length;
  return bs.map((b, j) => b.woe.map((woe) => Math.round(factor * w[j + 1]! * (woe - means[j]!) + share)));
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
