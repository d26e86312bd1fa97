import { and, desc, eq } from "drizzle-orm";
import { scores, type ScoreRow } from "../../schema";
import type { ScoreResult } from "../../scoring/score";
import type { Grade } from "../../scoring/types";
import { eventsOf, type ScoredSnapshot } from "../events/derive";
import type { Tenant } from "../http/context";
import type { Db } from "./db";
import { outbox } from "./outbox";
import { settingsOf, settingsQuery } from "./settings";

const snapshot = (s: { score: number; grade: string; pd: number; signals: { anomalies: number }; reasons: { factor: string }[] }): ScoredSnapshot => ({
  score: s.score,
  grade: s.grade as Grade,
  pd: s.pd,
  anomalies: s.signals.anomalies,
  topFactor: s.reasons[0]?.factor ?? null,
});

/** What a new score is compared with: the SME's latest score and the institution's current settings. */
export const baselineQueries = (db: Db, t: Tenant, smeId: string) => {
  const its = and(eq(scores.institutionId, t.institutionId), eq(scores.environment, t.environment), eq(scores.smeId, smeId));
  return [db.select().from(scores).where(its).orderBy(desc(scores.seq)).limit(1), settingsQuery(db, t)] as const;
};

export const baselineOf = (latest: ScoreRow[], settings: Parameters<typeof settingsOf>[0]) => ({
  previous: latest[0] ? snapshot(latest[0]) : null,
  settings: settingsOf(settings),
});

export type Baseline = ReturnType<typeof baselineOf>;

/** The events and alerts of a new score, as outbox statements for the score's own D1 batch. */
export const scoreOutbox = (db: Db, t: Tenant, smeId: string, baseline: Baseline, result: ScoreResult, now: number) =>
  outbox(db, t, eventsOf(smeId, baseline.previous, snapshot(result), baseline.settings), now);
