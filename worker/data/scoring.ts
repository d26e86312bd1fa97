import type { Score, ScoreOptions, ScoreRecord } from "../contracts/scores";
import type { Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { decodeCursor, page } from "../http/pagination";
import { iso } from "../lib/time";
import { database } from "./db";
import { ledgerOf } from "./ledger";
import type { PageQuery } from "./list-page";
import { findSme, smeNotFound } from "./smes";

export function toScore(row: ScoreRecord): Score {
  return {
    object: "score",
    id: row.id,
    sme_id: row.smeId,
    score: row.score,
    grade: row.grade,
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

/**
 * Newest first, official and what-if alike; `latest` is the newest official score whatever the
 * page. The history lives in the SME's ledger, which pages it with the same keyset rule and
 * cursor as D1's lists (list-page.ts): the cursor is decoded here, so a bad one is a 400 before
 * any ledger is asked.
 */
export async function scoreHistory(env: Env, t: Tenant, smeId: string, q: PageQuery) {
  const before = decodeCursor(q.cursor);
  const owner = { institutionId: t.institutionId, environment: t.environment, smeId };
  const [, { latest, rows }] = await Promise.all([
    findSme(database(env.DB), t, smeId),
    ledgerOf(env, t, smeId).history(owner, q.limit, before),
  ]);
  const { object: _list, ...pageOf } = page(rows, q.limit, toScore);
  return { object: "score_history" as const, sme_id: smeId, latest: latest ? toScore(latest) : null, ...pageOf };
}
