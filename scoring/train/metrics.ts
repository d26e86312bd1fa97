/**
 * The figures a credit committee reads. Every function takes a risk ranking where a HIGHER
 * value means MORE likely to default (pass −score for a score), and outcomes 1 = defaulted.
 */

/** Area under the ROC curve by the rank-sum (Mann–Whitney) statistic; tied values count half. */
export function auc(risk: readonly number[], bad: readonly boolean[]): number {
  // NaN breaks the sort's order (and the tie loop below): refuse it rather than report nonsense.
  if (!risk.every(Number.isFinite)) throw new Error("AUC needs finite risks");
  const order = risk.map((r, i) => [r, i] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let bads = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const midRank = (i + 1 + j) / 2; // ranks i+1 … j share their mean
    for (let k = i; k < j; k++)
      if (bad[order[k]![1]]) {
        rankSum += midRank;
        bads++;
      }
    i = j;
  }
  const goods = order.length - bads;
  if (bads === 0 || goods === 0) throw new Error("AUC needs both outcomes");
  return (rankSum - (bads * (bads + 1)) / 2) / (bads * goods);
}

export const gini = (a: number) => 2 * a - 1;

/** Kolmogorov–Smirnov: the widest gap between the cumulative shares of bads and goods as the
 * threshold moves from the riskiest down; thresholds only fall between distinct values. */
export function ks(risk: readonly number[], bad: readonly boolean[]): number {
  const order = risk.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0]);
  const bads = bad.filter(Boolean).length;
  const goods = bad.length - bads;
  let cumBad = 0;
  let cumGood = 0;
  let best = 0;
  for (let i = 0; i < order.length; i++) {
    if (bad[order[i]![1]]) cumBad++;
    else cumGood++;
    const last = i + 1 === order.length || order[i + 1]![0] !== order[i]![0];
    if (last) best = Math.max(best, Math.abs(cumBad / bads - cumGood / goods));
  }
  return best;
}

/**
 * Population stability index of `actual` against `expected` over the bins cut by `edges`
 * (bin i = values ≥ edges[i−1] and < edges[i]): Σ (a − e)·ln(a/e). A share of 0 is floored at
 * 1e-4, so an empty bin is a large but finite shift.
 */
export function psi(expected: readonly number[], actual: readonly number[], edges: readonly number[]): number {
  const shares = (xs: readonly number[]) => {
    const counts = new Array<number>(edges.length + 1).fill(0);
    for (const x of xs) counts[edges.filter((e) => x >= e).length]!++;
    return counts.map((c) => Math.max(1e-4, c / xs.length));
  };
  const e = shares(expected);
  const a = shares(actual);
  return e.reduce((s, ei, i) => s + (a[i]! - ei) * Math.log(a[i]! / ei), 0);
}

/** Distinct decile cut points of `xs`: PSI's customary ten bins, fewer where values tie. */
export function decileEdges(xs: readonly number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const cuts = Array.from({ length: 9 }, (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / 10)]!);
  return [...new Set(cuts)];
}

export interface CalibrationRow {
  group: string;
  n: number;
  /** Mean stated PD, and share observed to default. */
  predicted: number;
  observed: number;
}

/** Stated against observed default rate within each group (e.g. grade). */
export function calibration(groups: readonly string[], pd: readonly number[], bad: readonly boolean[]): CalibrationRow[] {
  const rows = new Map<string, { n: number; pd: number; bad: number }>();
  groups.forEach((g, i) => {
    const r = rows.get(g) ?? { n: 0, pd: 0, bad: 0 };
    r.n++;
    r.pd += pd[i]!;
    r.bad += bad[i] ? 1 : 0;
    rows.set(g, r);
  });
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, r]) => ({ group, n: r.n, predicted: r.pd / r.n, observed: r.bad / r.n }));
}
