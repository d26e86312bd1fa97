import type { Grade } from "../types";

export const EVENT_TYPES = [
  "score.downgraded",
  "score.upgraded",
  "score.threshold_crossed",
  "anomaly.detected",
  "sme.risk_zone_entered",
  "sme.erased",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A score as events show it: enough to see what moved without fetching the history. */
export interface ScoreRef {
  score: number;
  grade: Grade;
  pd: number;
}

/** What an event says beyond its identity; stored as the event's payload and sent as is. */
export interface EventFacts {
  event: EventType;
  sme_id: string;
  from: ScoreRef | null;
  to: ScoreRef | null;
  /** A short code: why it fired (for a downgrade, the factor weighing most on the new score). */
  reason: string;
  /** score.threshold_crossed: the institution's threshold at the time. */
  threshold?: number;
  /** anomaly.detected: anomalous days in the new score's window. */
  anomalies?: number;
}

/** The webhook body and the API's event, in the seed's shape plus `id` and `environment`. */
export interface EventPayload extends EventFacts {
  id: string;
  environment: "test" | "live";
  occurred_at: string;
}
