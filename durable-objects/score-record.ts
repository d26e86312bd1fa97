import { eq, inArray } from "drizzle-orm";
import { alerts, events as eventsTable, smes } from "../schema";
import { currentModel, scoreFeatures, trendOf } from "../scoring";
import type { Features, Sector } from "../scoring/types";
import { DEFAULT_WINDOW_DAYS, type ScoreOptions, type ScoreRecord } from "../worker/contracts/scores";
import { type Db, database } from "../worker/data/db";
import type { LedgerOwner } from "../worker/data/ledger";
import { scoreOutbox, snapshot } from "../worker/data/score-events";
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
}

/**
 * The official score is the SME's registered sector over the default window: the one the
 * re-score alarm computes, so the SME's latest score, trend and events never depend on which
 * caller last asked for a view of their own.
 */
export const isOfficial = (opts: ScoreOptions, registered: Sector) =>
  opts.windowDays === DEFAULT_WINDOW_DAYS && (opts.sector === undefined || opts.sector === registered);

/** The SME's sector from D1: what a ledger reads when it remembers nothing yet. */
export async function loadScoringState(db: Db, owner: LedgerOwner): Promise<ScoringState | null> {
  const [sme] = await db
    .select({ sector: smes.sector, mock: smes.mock })
    .from(smes)
    .where(ownSmes(owner, eq(smes.smeId, owner.smeId)))
    .limit(1);
  return sme ? { sector: sme.sector as Sector, mock: sme.mock } : null;
}

/**
 * Applies the model to the ledger's features and records the score. An official score becomes
 * the SME's latest summary and produces its events (with their alerts), in one D1 batch; a
 * what-if score writes nothing to D1 but the flow counts a fixture generated. Once that batch
 * has committed, `keep` writes the score into the ledger's history — where the next score finds
 * its `previous` (the latest official one) — and only then are the events queued. Trend is
 * against `previous` either way. Returns null, with nothing left written, if the SME was erased
 * meanwhile.
 */
export async function recordScore(
  env: Env,
  owner: LedgerOwner,
  state: ScoringState,
  previous: ScoreRecord | null,
  assessment: Assessment & { features: Features },
  opts: ScoreOptions,
  now: number,
  keep: (score: ScoreRecord) => void,
) {
  const db = database(env.DB);
  const sector = opts.sector ?? state.sector;
  const official = isOfficial(opts, state.sector);
  const result = scoreFeatures(assessment.features, sector, currentModel);
  // The outbox: events and alerts commit with the SME's new latest score or not at all, then go to the queue.
  const events = official
    ? scoreOutbox(db, owner, owner.smeId, previous && snapshot(previous), await currentSettings(db, owner, now), result, now)
    : { statements: [], events: [] };
  const score: ScoreRecord = {
    id: newId("scr"),
    smeId: owner.smeId,
    score: result.score,
    grade: result.grade,
    pd: result.pd,
    trend: trendOf(previous?.score ?? null, result.score, currentModel.trend.threshold),
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
  const [stillActive] = await db.batch([
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
    if (eventIds.length > 0) {
      await db.batch([
        db.delete(alerts).where(inArray(alerts.eventId, eventIds)),
        db.delete(eventsTable).where(inArray(eventsTable.id, eventIds)),
      ]);
    }
    return null;
  }
  keep(score);
  await dispatchOrDefer(env, events.events, now);
  return toScore(score);
}
