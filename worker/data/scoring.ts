import { and, eq } from "drizzle-orm";
import { type ScoreRow, scores } from "../../schema";
import type { Score, ScoreOptions } from "../contracts/scores";
import type { Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { page } from "../http/pagination";
import { iso } from "../lib/time";
import { DEFAULT_WINDOW_DAYS, type Score } from "../schemas/scores";
import { database, type Db } from "./db";
import { dispatchOrDefer } from "./dispatch";
import { ledgerOf, type LedgerOwner } from "./ledger";
import { latestScoreQuery, scoreOutbox, snapshot } from "./score-events";
import { currentSettings } from "./settings";
import { findSme, ownSmes, smeNotFound } from "./smes";

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

/** What a ledger keeps in memory between scores of its SME, so that scoring reads nothing from D1. */
export interface ScoringState {
  sector: Sector;
  /** A sandbox fixture: its ledger generates its flows. */
  mock: boolean;
  /** The latest score, which the next is compared with (trend, events). */
  previous: ScoredSnapshot | null;
}

export interface ScoreOptions {
  windowDays: number;
  /** Scores against this sector instead of the SME's own. */
  sector?: Sector | undefined;
}

/**
 * The official score is the SME's registered sector over the default window: the one the
 * re-score alarm computes, so the SME's latest score, trend and events never depend on which
 * caller last asked for a view of their own.
 */
export const isOfficial = (opts: ScoreOptions, registered: Sector) =>
  opts.windowDays === DEFAULT_WINDOW_DAYS && (opts.sector === undefined || opts.sector === registered);

export type ScoreOutcome =
  | { ok: true; score: Score }
  | { ok: false; code: "sme_not_found" }
  | { ok: false; code: "insufficient_data"; message: string };

/** The SME's sector and latest score from D1: what a ledger reads when it remembers nothing yet. */
export async function loadScoringState(db: Db, owner: LedgerOwner): Promise<ScoringState | null> {
  const [[sme], [latest]] = await db.batch([
    db.select({ sector: smes.sector, mock: smes.mock }).from(smes).where(ownSmes(owner, eq(smes.smeId, owner.smeId))).limit(1),
    latestScoreQuery(db, owner, owner.smeId),
  ]);
  return sme ? { sector: sme.sector as Sector, mock: sme.mock, previous: latest ? snapshot(latest) : null } : null;
}

/**
 * Applies the model to the ledger's features and stores the score. An official score also
 * becomes the SME's latest summary and produces its events (with their alerts), in the same D1
 * batch, then queues them; a what-if score is only stored, marked. Trend is against the latest
 * official score either way. Returns null, with nothing left written, if the SME was erased
 * meanwhile; `next` is what the next score compares with (null: unchanged).
 */
export async function recordScore(env: Env, owner: LedgerOwner, state: ScoringState, assessment: Assessment & { features: Features }, opts: ScoreOptions, now: number) {
  const db = database(env.DB);
  const sector = opts.sector ?? state.sector;
  const official = isOfficial(opts, state.sector);
  const result = scoreFeatures(assessment.features, sector, federatedV3);
  // The outbox: events and alerts commit with the score or not at all, then go to the queue.
  const events = official
    ? scoreOutbox(db, owner, owner.smeId, state.previous, await currentSettings(db, owner, now), result, now)
    : { statements: [], events: [] };
  const score: Omit<ScoreRow, "seq"> = {
    id: newId("scr"),
    institutionId: owner.institutionId,
    environment: owner.environment,
    smeId: owner.smeId,
    score: result.score,
    grade: result.grade,
    pd: result.pd,
    trend: trendOf(state.previous?.score ?? null, result.score, federatedV3.trend.threshold),
    sector,
    signals: result.signals,
    reasons: result.reasons,
    windowDays: opts.windowDays,
    official,
    model: federatedV3.name,
    scoredAt: now,
  };
  const { summary } = assessment;
  // A fixture's flows are generated in its ledger, not ingested: the score is where D1 learns of them.
  const flows = summary ? { flowCount: summary.count, firstFlowAt: summary.firstAt, lastFlowAt: summary.lastAt } : {};
  const latest = official ? { latestScore: result.score, latestGrade: result.grade, latestPd: result.pd, latestScoredAt: now } : {};
  const its = ownSmes(owner, eq(smes.smeId, owner.smeId));
  const [, stillActive] = await db.batch([
    db.insert(scores).values(score),
    official || summary
      ? db.update(smes).set({ ...latest, ...flows, updatedAt: now }).where(its).returning({ seq: smes.seq })
      : db.select({ seq: smes.seq }).from(smes).where(its),
    ...events.statements,
  ]);
  if (stillActive.length === 0) {
    // Erased while this score was computed: take back what the batch wrote, as erasure would have.
    const eventIds = events.events.map((e) => e.id);
    await db.batch([
      db.delete(scores).where(eq(scores.id, score.id)),
      db.delete(alerts).where(inArray(alerts.eventId, eventIds)),
      db.delete(eventsTable).where(inArray(eventsTable.id, eventIds)),
    ]);
    return null;
  }
  await dispatchOrDefer(env, events.events, now);
  return { score: toScore(score), next: official ? snapshot(result) : null };
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
