import { MAX_BINS, type RiskDirection } from "../model";
import { FEATURE_NAMES, type FeatureName, type Features } from "../types";

/**
 * Monotonic coarse classing. Institutions never share a feature value: each reports, per
 * feature, its count of goods and bads in every cell of a fine grid agreed in advance (the
 * counts are summed under secure aggregation); the bins are then cut from the summed counts
 * alone. Cells cover [cut[i−1], cut[i]), as the scorecard's bins do.
 */

const grid = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1e4) / 1e4);

/** Fine cut points over each feature's range, readable numbers so the artifact's edges are. */
export const FINE_CUTS: Record<FeatureName, number[]> = {
  inflow_regularity: grid(0.02, 0.98, 0.02),
  net_margin: grid(-0.8, 0.8, 0.02),
  inflow_trend: grid(-0.9, 0.9, 0.03),
  activity: grid(0.02, 0.98, 0.02),
  customer_concentration: grid(0.02, 0.98, 0.02),
  liquidity_stress: grid(0.02, 3, 0.02),
  anomalies: grid(1, 40, 1),
  history_days: grid(30, 360, 15),
  inflow_change: grid(-0.9, 0.9, 0.03),
  inflow_off_peak: grid(-0.9, -0.02, 0.02),
  inflow_year_on_year: grid(-0.9, 0.9, 0.03),
};

/** Coarse bins: at most MAX_BINS (the scorecard's limit), each ≥ 5 % of SMEs so its bad rate is
 * estimated on enough defaults, neighbours ≥ 0.05 apart in WoE so their points can differ. */
const MIN_SHARE = 0.05;
const MIN_WOE_GAP = 0.05;
/** Pre-bins before merging: 20 of ~5 % each, the customary fine classing. */
const PRE_BINS = 20;

export const cellOf = (cuts: readonly number[], value: number) => cuts.filter((c) => value >= c).length;

/** Counts laid out feature by feature, each feature's cells as [good, bad] pairs: one flat
 * vector, the shape secure aggregation sums. */
export function histogram(features: readonly Features[], bad: readonly boolean[]): number[] {
  const out: number[] = [];
  for (const name of FEATURE_NAMES) {
    const counts = new Array<number>(2 * (FINE_CUTS[name].length + 1)).fill(0);
    features.forEach((f, i) => {
      counts[2 * cellOf(FINE_CUTS[name], f[name]) + (bad[i] ? 1 : 0)]!++;
    });
    out.push(...counts);
  }
  return out;
}

export interface Bin {
  good: number;
  bad: number;
}

export interface Binning {
  feature: FeatureName;
  direction: RiskDirection;
  /** Cut points between bins, ascending. */
  edges: number[];
  bins: Bin[];
  /** ln(share of goods / share of bads) per bin: higher is safer. */
  woe: number[];
}

/** Weight of evidence with half a count added to each side, so an all-good bin stays finite. */
export function weightOfEvidence(bins: readonly Bin[]): number[] {
  const goods = bins.reduce((s, b) => s + b.good, 0);
  const bads = bins.reduce((s, b) => s + b.bad, 0);
  return bins.map((b) => Math.log((b.good + 0.5) / goods) - Math.log((b.bad + 0.5) / bads));
}

interface Group extends Bin {
  /** Index of the first fine cell of the group. */
  from: number;
}

const merge = (groups: Group[], i: number) => {
  const [a, b] = [groups[i]!, groups[i + 1]!];
  groups.splice(i, 2, { from: a.from, good: a.good + b.good, bad: a.bad + b.bad });
};

/** WoE rising with the bin index for a safer-when-higher feature, falling otherwise. */
const oriented = (groups: readonly Group[], direction: RiskDirection) => {
  const woe = weightOfEvidence(groups);
  return direction === "higher_is_safer" ? woe : woe.map((w) => -w);
};

/** Index of the first neighbour pair out of order (pool adjacent violators), or −1. */
function firstViolation(groups: readonly Group[], direction: RiskDirection): number {
  const w = oriented(groups, direction);
  return w.findIndex((x, i) => i + 1 < w.length && w[i + 1]! <= x);
}

/** The neighbour pair whose merge loses least: the closest in WoE, preferring a pair with a bin
 * under the minimum share when there is one. */
function pairToMerge(groups: readonly Group[], direction: RiskDirection, total: number): number {
  const w = oriented(groups, direction);
  const small = (i: number) => groups[i]!.good + groups[i]!.bad < MIN_SHARE * total;
  const gaps = w.slice(1).map((x, i) => ({ i, gap: x - w[i]!, small: small(i) || small(i + 1) }));
  const candidates = gaps.some((g) => g.small) ? gaps.filter((g) => g.small) : gaps;
  return candidates.reduce((best, g) => (g.gap < best.gap ? g : best)).i;
}

/**
 * Bins for one feature from its summed fine counts: equal-frequency pre-bins, then adjacent
 * violators pooled until the WoE is monotonic in the risk direction the artifact states, then
 * the closest neighbours merged until the size, share and gap limits hold.
 */
export function coarseClass(feature: FeatureName, direction: RiskDirection, cellCounts: readonly Bin[], minBins = 4): Binning {
  const total = cellCounts.reduce((s, c) => s + c.good + c.bad, 0);
  const groups: Group[] = [];
  let open: Group | null = null;
  cellCounts.forEach((c, i) => {
    open ??= { from: i, good: 0, bad: 0 };
    open.good += c.good;
    open.bad += c.bad;
    if (open.good + open.bad >= total / PRE_BINS) {
      groups.push(open);
      open = null;
    }
  });
  if (open) groups.push(open);
  for (let v = firstViolation(groups, direction); v >= 0; v = firstViolation(groups, direction)) merge(groups, v);
  const tooFine = () => {
    const w = oriented(groups, direction);
    return (
      groups.length > MAX_BINS ||
      groups.some((g) => g.good + g.bad < MIN_SHARE * total) ||
      w.some((x, i) => i > 0 && x - w[i - 1]! < MIN_WOE_GAP)
    );
  };
  while (groups.length > 1 && tooFine()) merge(groups, pairToMerge(groups, direction, total));
  if (groups.length < minBins) throw new Error(`${feature}: only ${groups.length} monotonic bins, the scorecard needs ${minBins}`);
  return binningOf(
    feature,
    direction,
    groups.slice(1).map((g) => FINE_CUTS[feature][g.from - 1]!),
    groups,
  );
}

function binningOf(feature: FeatureName, direction: RiskDirection, edges: number[], bins: Bin[]): Binning {
  const plain = bins.map((b) => ({ good: b.good, bad: b.bad }));
  return { feature, direction, edges, bins: plain, woe: weightOfEvidence(plain) };
}

/** The same binning with bins i and i+1 pooled: used when their points would round alike. */
export function mergeBins(b: Binning, i: number): Binning {
  const bins = [...b.bins];
  bins.splice(i, 2, { good: b.bins[i]!.good + b.bins[i + 1]!.good, bad: b.bins[i]!.bad + b.bins[i + 1]!.bad });
  return binningOf(
    b.feature,
    b.direction,
    b.edges.filter((_, k) => k !== i),
    bins,
  );
}

/** Splits a summed histogram back into per-feature fine cells and classes each feature. */
export function binAll(summed: readonly number[], directions: Record<FeatureName, RiskDirection>, minBins = 4): Binning[] {
  let at = 0;
  return FEATURE_NAMES.map((name) => {
    const cells = Array.from({ length: FINE_CUTS[name].length + 1 }, (_, i) => ({
      good: summed[at + 2 * i]!,
      bad: summed[at + 2 * i + 1]!,
    }));
    at += 2 * cells.length;
    return coarseClass(name, directions[name], cells, minBins);
  });
}

export const binOf = (b: Binning, value: number) => cellOf(b.edges, value);
