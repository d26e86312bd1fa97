import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { alerts, events as eventsTable, scores, smes, type ScoreRow } from "../../schema";
import { checkSufficiency, computeFeatures, federatedV3, scoreFeatures, trendOf } from "../../scoring";
import type { Sector } from "../../scoring/types";
import type { Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { decodeCursor, page } from "../http/pagination";
import { newId } from "../lib/ids";
import { DAY_MS, iso } from "../lib/time";
import type { Score } from "../schemas/scores";
import { database } from "./db";
import { dispatchOrDefer } from "./dispatch";
import { ledgerOf } from "./ledger";
import { isFixtureId } from "./sandbox";
import { baselineOf, baselineQueries, scoreOutbox } from "./score-events";
import { findSme, ownSmes, smeNotFound } from "./smes";

export function toScore(row: ScoreRow): Score {
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
    model: row.model,
    scored_at: iso(row.scoredAt),
  };
}

/**
 * Scores one SME now: its ledger's features for the window, the model, the trend against the
 * SME's previous score; stores the score, the SME's latest summary and the events the change
 * produces (with their alerts) in one D1 batch, then queues the events for delivery.
 */
export async function scoreSme(env: Env, t: Tenant, smeId: string, opts: { windowDays: number; sector?: Sector }, now: number) {
  const db = database(env.DB);
  const asOfDay = Math.floor(now / DAY_MS);
  const ledger = ledgerOf(env, t, smeId);
  // Only a sandbox fixture's ledger needs the SME row first (to know it must generate its
  // flows); every other ledger is read at once, alongside D1, without creating anything.
  const maybeFixture = t.environment === "test" && isFixtureId(smeId);
  // The SME and what its new score is compared with, in one D1 round trip.
  const reads = db.batch([db.select().from(smes).where(ownSmes(t, eq(smes.smeId, smeId))).limit(1), ...baselineQueries(db, t, smeId)]);
  const [[[sme], latest, settings], early] = await Promise.all([
    reads,
    maybeFixture ? null : ledger.window(opts.windowDays, asOfDay, null),
  ]);
  if (!sme) throw smeNotFound(smeId);
  const baseline = baselineOf(latest, settings);
  const { summary, ...window } = early ?? (await ledger.window(opts.windowDays, asOfDay, sme.mock ? smeId : null));
  const missing = checkSufficiency(window);
  if (missing) throw new ApiError("insufficient_data", missing.message, "sme_id");

  const sector = opts.sector ?? (sme.sector as Sector);
  const result = scoreFeatures(computeFeatures(window), sector, federatedV3);
  // The outbox: events and alerts commit with the score or not at all, then go to the queue.
  const events = scoreOutbox(db, t, smeId, baseline, result, now);
  const score = {
    id: newId("scr"),
    institutionId: t.institutionId,
    environment: t.environment,
    smeId,
    score: result.score,
    grade: result.grade,
    pd: result.pd,
    trend: trendOf(baseline.previous?.score ?? null, result.score, federatedV3.trend.threshold),
    sector,
    signals: result.signals,
    reasons: result.reasons,
    windowDays: opts.windowDays,
    model: federatedV3.name,
    scoredAt: now,
  };
  const [[row], stillActive] = await db.batch([
    db.insert(scores).values(score).returning(),
    db
      .update(smes)
      .set({
        latestScore: result.score,
        latestGrade: result.grade,
        latestPd: result.pd,
        latestScoredAt: now,
        updatedAt: now,
        // A fixture's flows are generated in its ledger, not ingested: the score is where D1 learns of them.
        ...(summary ? { flowCount: summary.count, firstFlowAt: summary.firstAt, lastFlowAt: summary.lastAt } : {}),
      })
      .where(ownSmes(t, eq(smes.smeId, smeId)))
      .returning({ seq: smes.seq }),
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
    throw smeNotFound(smeId);
  }
  await dispatchOrDefer(env, events.events, now);
  return toScore(row!);
}

/** Newest first; `latest` is the newest score whatever the page. */
export async function scoreHistory(env: Env, t: Tenant, smeId: string, q: { limit: number; cursor?: string | undefined }) {
  const db = database(env.DB);
  await findSme(db, t, smeId);
  const after = decodeCursor(q.cursor);
  const its = and(eq(scores.institutionId, t.institutionId), eq(scores.environment, t.environment), eq(scores.smeId, smeId));
  const [latest, rows] = await db.batch([
    db.select().from(scores).where(its).orderBy(desc(scores.seq)).limit(1),
    db
      .select()
      .from(scores)
      .where(after === null ? its : and(its, lt(scores.seq, after)))
      .orderBy(desc(scores.seq))
      .limit(q.limit + 1),
  ]);
  const { object: _list, ...pageOf } = page(rows, q.limit, toScore);
  return { object: "score_history" as const, sme_id: smeId, latest: latest[0] ? toScore(latest[0]) : null, ...pageOf };
}
