export * from "./types";
export { computeFeatures } from "./features";
export { checkSufficiency, type Insufficiency } from "./sufficiency";
export { scoreFeatures, type ScoreResult, type Reason } from "./score";
export { trendOf } from "./trend";
export { federatedV3, type ScorecardModel } from "./model";
