import { eq, inArray } from "drizzle-orm";
import { alerts, events as eventsTable, type ScoreRow, scores, smes } from "../schema";
import { currentModel, scoreFeatures, trendOf } from "../scoring";
import type { ScoredSnapshot } from "../scoring/events/derive";
import type { Features, Sector } from "../scoring/types";
import { DEFAULT_WINDOW_DAYS, type ScoreOptions } from "../worker/contracts/scores";
import { type Db, database } from "../worker/data/db";
import type { LedgerOwner } from "../worker/data/ledger";
import { latestScoreQuery, scoreOutbox, snapshot } from "../worker/data/score-events";
import { toScore } from "../worker/data/scoring";
import { currentSettings } from "../worker/data/settings";
import { ownSmes } from "../worker/data/smes";
import { newId } from "../worker/lib/ids";
import { dispatchOrDefer } from "../worker/webhooks/dispatch";
import type { Assessment } from "./assessment";

// "Record a score" belongs to the ledger: it is the only caller, from inside the Durable Object.

/** What a ledger keeps in memory between scores of its SME, so that scoring reads nothing from D1. */
export interface ScoringState {
  sector: Sector;
  /** A sandbox fixture: its ledger generates its flows. */
  mock: boolean;
  /** The latest score, which the next is compared with (trend, events). */
  previous: ScoredSnapshot | null;
}

/**
 * The official score is the SME's registered sector over the default window: the one the
 * re-score alarm computes, so the SME's latest score, trend and events never depend on which
 * caller last asked for a view of their own.
 */
export const isOfficial = (opts: ScoreOptions, registered: Sector) =>
  opts.windowDays === DEFAULT_WINDOW_DAYS && (opts.sector === undefined || opts.sector === registered);

/** The SME's sector and latest official score from D1: what a ledger reads when it remembers nothing yet. */
export async function loadScoringState(db: Db, owner: LedgerOwner): Promise<ScoringState | null> {
  const [[sme], [latest]] = await db.batch([
    db
      .select({ sector: smes.sector, mock: smes.mock })
      .from(smes)
      .where(ownSmes(owner, eq(smes.smeId, owner.smeId)))
      .limit(1),
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
export async function recordScore(
  env: Env,
  owner: LedgerOwner,
  state: ScoringState,
  assessment: Assessment & { features: Features },
  opts: ScoreOptions,
  now: number,
) {
  const db = database(env.DB);
  const sector = opts.sector ?? state.sector;
  const official = isOfficial(opts, state.sector);
  const result = scoreFeatures(assessment.features, sector, currentModel);
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
    trend: trendOf(state.previous?.score ?? null, result.score, currentModel.trend.threshold),
    sector,
    signals: result.signals,
    reasons: result.reasons,
    windowDays: opts.windowDays,
    official,
    model: currentModel.name,
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
      ? db
          .update(smes)
          .set({ ...latest, ...flows, updatedAt: now })
          .where(its)
          .returning({ seq: smes.seq })
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
