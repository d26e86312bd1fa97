import { currentModel, type FeatureBins, type ScorecardModel } from "./model";
import { clampScore, pdFromScore } from "./scaling";
import { FEATURE_NAMES, type FeatureName, type Features, GRADES, type Grade, type Sector } from "./types";

export interface Reason {
  code: string;
  factor: FeatureName;
  /** Points lost against the feature's best bin; always negative. */
  impact: number;
  description: string;
}

export interface ScoreResult {
  /** Integer, scaling.min–scaling.max. */
  score: number;
  /** From the unclamped points, rounded to 4 decimals. */
  pd: number;
  grade: Grade;
  points: Record<FeatureName, number>;
  signals: { cashflow_regularity: number; sector_benchmark: "above" | "at" | "below"; anomalies: number };
  /** Up to 4, largest loss first. */
  reasons: Reason[];
}

/** Regulation B's convention: more than four principal reasons is not likely to help. */
export const MAX_REASONS = 4;

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/** The points of the bin `value` falls in (a value on an edge belongs to the bin above it). */
export function binPoints(bins: FeatureBins, value: number): number {
  const index = bins.edges.filter((edge) => value >= edge).length;
  return bins.points[index]!;
}

/** Grade within the sector: the best grade whose cutoff the score reaches. */
export function gradeOf(score: number, sector: Sector, model: ScorecardModel): Grade {
  const cutoffs = model.sectors[sector].cutoffs;
  return GRADES.find((g) => g === "E" || score >= cutoffs[g]) ?? "E";
}

export function benchmarkOf(score: number, sector: Sector, model: ScorecardModel): "above" | "at" | "below" {
  const median = model.sectors[sector].median;
  if (score > median + model.benchmark.band) return "above";
  if (score < median - model.benchmark.band) return "below";
  return "at";
}

/** The features that cost the most points against their best bin; ties go to the lower code. */
export function reasonsFor(points: Record<FeatureName, number>, model: ScorecardModel): Reason[] {
  return model.features
    .map((bins, i) => ({ loss: Math.max(...bins.points) - points[bins.feature], reason: model.reason_codes[i]! }))
    .filter((r) => r.loss > 0)
    .sort((a, b) => b.loss - a.loss || a.reason.code.localeCompare(b.reason.code))
    .slice(0, MAX_REASONS)
    .map(({ loss, reason }) => ({ code: reason.code, factor: reason.factor, impact: -loss, description: reason.description }));
}

export function scoreFeatures(f: Features, sector: Sector, model: ScorecardModel = currentModel): ScoreResult {
  const points = Object.fromEntries(model.features.map((b) => [b.feature, binPoints(b, f[b.feature])])) as Record<FeatureName, number>;
  // The points already include the offset, so their sum is the scaled score before clamping.
  const raw = FEATURE_NAMES.reduce((s, name) => s + points[name], 0);
  const score = clampScore(raw, model.scaling);
  return {
    score,
    pd: round(pdFromScore(raw, model.scaling), 4),
    grade: gradeOf(score, sector, model),
    points,
    signals: {
      cashflow_regularity: round(f.inflow_regularity, 2),
      sector_benchmark: benchmarkOf(score, sector, model),
      anomalies: f.anomalies,
    },
    reasons: reasonsFor(points, model),
  };
}
