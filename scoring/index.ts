/** The scoring core's public surface: pure functions, no runtime APIs, usable in workerd, Node and the ledger DO. */
export * from "./types";
export { computeFeatures, dailySeries, weeklyTotals, coefficientOfVariation, inflowRegularity, netMargin, inflowTrend, activity, customerConcentration, maxDrawdown, liquidityStress, median, modifiedZScores, countAnomalies, historyDays } from "./features";
export { checkSufficiency, MIN_HISTORY_DAYS, MIN_INFLOW_DAYS, type Insufficiency, type Shortfall } from "./sufficiency";
export { federatedV3, validateModel, type ScorecardModel, type FeatureBins, type ReasonCode, type GradeCutoffs, type SectorCalibration, type RiskDirection } from "./model";
export { scalingFactor, scalingOffset, scaleToScore, logOddsFromScore, pdFromLogOdds, pdFromScore, clampScore } from "./scaling";
export { scoreFeatures, binPoints, gradeOf, benchmarkOf, reasonsFor, MAX_REASONS, type ScoreResult, type Reason } from "./score";
export { trendOf } from "./trend";
export { calibrateSector, quantile } from "./calibrate-sectors";
export { generateFlows, DEFAULT_PHASE_DAY, type SmeProfile, type GenerateOptions } from "./generator";
export { profileFor } from "./profiles";
export { bucketize } from "./bucketize";
export { MOCK_SMES, type MockSme } from "./mock-smes";
