import { type EventSettings, eventsOf, type ScoredSnapshot } from "../../scoring/events/derive";
import type { ScoreResult } from "../../scoring/score";
import type { Grade } from "../../scoring/types";
import type { Tenant } from "../http/context";
import { outbox } from "../webhooks/outbox";
import type { Db } from "./db";

export const snapshot = (s: {
  score: number;
  grade: string;
  pd: number;
  signals: { anomalies: number };
  reasons: { factor: string }[];
}): ScoredSnapshot => ({
  score: s.score,
  grade: s.grade as Grade,
  pd: s.pd,
  anomalies: s.signals.anomalies,
  topFactor: s.reasons[0]?.factor ?? null,
});

/** The events and alerts of a new score, as outbox statements for the score's own D1 batch. */
export const scoreOutbox = (
  db: Db,
  t: Tenant,
  smeId: string,
  previous: ScoredSnapshot | null,
  settings: EventSettings,
  result: ScoreResult,
  now: number,
) => outbox(db, t, eventsOf(smeId, previous, snapshot(result), settings), now);
