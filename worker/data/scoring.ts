import { and, eq } from "drizzle-orm";
import { type ScoreRow, scores } from "../../schema";
import type { Score, ScoreOptions } from "../contracts/scores";
import type { Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { page } from "../http/pagination";
import { iso } from "../lib/time";
import { database } from "./db";
import { ledgerOf } from "./ledger";
import { listQuery } from "./list-page";
import { latestScoreQuery } from "./score-events";
import { findSme, smeNotFound } from "./smes";

export function toScore(row: Omit<ScoreRow, "seq">): Score {
  return {
    object: "score",
    id: row.id,
    sme_id: row.smeId,
    score: row.score,
    grade: row.grade as Score["grade"],
    trend: row.trend,
    pd: row.pd,
    signals: row.signals,
    reasons: row.reasons,
    window_days: row.windowDays,
    official: row.official,
    model: row.model,
    scored_at: iso(row.scoredAt),
  };
}

/** Scores one SME now, in its ledger (see SmeLedger.score): the Worker only asks and shapes errors. */
export async function scoreSme(env: Env, t: Tenant, smeId: string, opts: ScoreOptions, now: number): Promise<Score> {
  const outcome = await ledgerOf(env, t, smeId).score({ institutionId: t.institutionId, environment: t.environment, smeId }, opts, now);
  if (outcome.ok) return outcome.score;
  if (outcome.code === "sme_not_found") throw smeNotFound(smeId);
  throw new ApiError("insufficient_data", outcome.message, "sme_id");
}

/** Newest first, official and what-if alike; `latest` is the newest official score whatever the page. */
export async function scoreHistory(env: Env, t: Tenant, smeId: string, q: { limit: number; cursor?: string | undefined }) {
  const db = database(env.DB);
  await findSme(db, t, smeId);
  const its = and(eq(scores.institutionId, t.institutionId), eq(scores.environment, t.environment), eq(scores.smeId, smeId));
  const [latest, rows] = await db.batch([latestScoreQuery(db, t, smeId), listQuery(db, scores, its, q)]);
  const { object: _list, ...pageOf } = page(rows, q.limit, toScore);
  return { object: "score_history" as const, sme_id: smeId, latest: latest[0] ? toScore(latest[0]) : null, ...pageOf };
}
