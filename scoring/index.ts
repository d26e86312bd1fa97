/** The scoring core's public surface: pure functions, no runtime APIs, usable in workerd, Node and the ledger DO. */

export { bucketize } from "./bucketize";
export { calibrateSector, quantile } from "./calibrate-sectors";
export {
  activity,
  coefficientOfVariation,
  computeFeatures,
  countAnomalies,
  customerConcentration,
  dailySeries,
  historyDays,
  inflowRegularity,
  inflowTrend,
  liquidityStress,
  maxDrawdown,
  median,
  modifiedZScores,
  netMargin,
  weeklyTotals,
} from "./features";
export { DEFAULT_PHASE_DAY, type GenerateOptions, generateFlows, type SmeProfile } from "./generator";
export { MOCK_SMES, type MockSme } from "./mock-smes";
export {
  currentModel,
  type FeatureBins,
  type GradeCutoffs,
  type ReasonCode,
  type RiskDirection,
  type ScorecardModel,
  type SectorCalibration,
  validateModel,
} from "./model";
export { profileFor } from "./profiles";
export { clampScore, logOddsFromScore, pdFromLogOdds, pdFromScore, scaleToScore, scalingFactor, scalingOffset } from "./scaling";
export { benchmarkOf, binPoints, gradeOf, MAX_REASONS, type Reason, reasonsFor, type ScoreResult, scoreFeatures } from "./score";
export { checkSufficiency, type Insufficiency, MIN_HISTORY_DAYS, MIN_INFLOW_DAYS, type Shortfall } from "./sufficiency";
export { trendOf } from "./trend";
export * from "./types";
