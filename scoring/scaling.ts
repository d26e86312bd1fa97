import type { ScorecardModel } from "./model";

/**
 * Points-to-double-odds scaling (Siddiqi): score = Offset + Factor·ln(odds good:bad), with
 * Factor = PDO / ln 2 and Offset = points − Factor·ln(odds at those points). With PDO 50 and
 * 600 at 30:1, +50 points doubles the odds, 782 ≈ 0.27 % PD, 571 ≈ 4.7 %.
 */
type Scaling = ScorecardModel["scaling"];

export const scalingFactor = (s: Scaling) => s.pdo / Math.LN2;
export const scalingOffset = (s: Scaling) => s.points - scalingFactor(s) * Math.log(s.odds);

export const scaleToScore = (logOdds: number, s: Scaling) => scalingOffset(s) + scalingFactor(s) * logOdds;
export const logOddsFromScore = (score: number, s: Scaling) => (score - scalingOffset(s)) / scalingFactor(s);

/** Probability of default from log-odds good:bad: 1 / (1 + odds). */
export const pdFromLogOdds = (logOdds: number) => 1 / (1 + Math.exp(logOdds));
export const pdFromScore = (score: number, s: Scaling) => pdFromLogOdds(logOddsFromScore(score, s));

/** Reported scores are whole points inside the published range. */
export const clampScore = (raw: number, s: Scaling) => Math.min(s.max, Math.max(s.min, Math.round(raw)));
