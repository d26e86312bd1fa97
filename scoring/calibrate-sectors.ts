import type { GradeCutoffs, SectorCalibration } from "./model";
import { GRADES, type Grade } from "./types";

/**
 * A sector's grade cutoffs and median from its reference scores: grades are relative, so A is
 * whatever the sector's top share reaches, wherever the sector's scores sit on the scale.
 */

/** Linear-interpolated quantile of sorted values, q in 0–1. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error("quantile of an empty list");
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** The cutoff of each grade is the quantile leaving the shares of that grade and the better
 * ones above it: with A 20 %, B 25 %, A starts at the 80th percentile and B at the 55th. */
export function calibrateSector(scores: readonly number[], shares: Record<Grade, number>): SectorCalibration {
  const sorted = [...scores].sort((a, b) => a - b);
  let above = 0;
  const cutoffs = {} as GradeCutoffs;
  for (const g of GRADES) {
    if (g === "E") break;
    above += shares[g];
    cutoffs[g] = Math.round(quantile(sorted, 1 - above));
  }
  return { cutoffs, median: Math.round(quantile(sorted, 0.5)) };
}
