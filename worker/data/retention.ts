import { and, eq, inArray, isNotNull, lt, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { alerts, events, idempotencyKeys, webhookDeliveries } from "../../schema";
import { DAY_MS } from "../../scoring/bucketize";
import { type Db, database } from "./db";

/**
 * How long D1 keeps what grows with every request, and the cron deletes after. Without it
 * events, alerts and delivery attempts alone fill one D1 in about five months at a million SMEs
 * (docs/capacity.md). Scores are not here: their history lives in each SME's ledger, kept whole.
 */
export const RETENTION_MS = {
  /** A stored Idempotency-Key answer is replayed for 24 h. */
  idempotencyKeys: DAY_MS,
  /** Events, as Stripe keeps them: long past the retry schedule's ~28 h, and redeliverable meanwhile. */
  events: 30 * DAY_MS,
  /** Every attempt, as an endpoint's delivery log shows it. */
  deliveries: 30 * DAY_MS,
  /** After acknowledgement or supersession; an open alert stays (at most one per SME and type). */
  closedAlerts: 90 * DAY_MS,
} as const;

/** A retention as the API's descriptions state it. */
export const retentionDays = (kind: keyof typeof RETENTION_MS) => `${RETENTION_MS[kind] / DAY_MS} days`;

/** Rows per DELETE: a short write, so scoring's writes to the same database never wait long. */
const PURGE_CHUNK = 500;
/** A bound per table and run: a backlog is worked off over a few runs rather than in one long one. */
const PURGE_MAX = 20_000;

/**
 * Deletes `table`'s rows matching all of `expired`, a chunk at a time; returns how many went. At
 * least one condition, by its type: none would delete every row.
 */
async function purge(db: Db, table: SQLiteTable, ...expired: [SQL, ...SQL[]]) {
  const chunk = db
    .select({ rowid: sql<number>`rowid` })
    .from(table)
    .where(and(...expired))
    .limit(PURGE_CHUNK);
  let purged = 0;
  while (purged < PURGE_MAX) {
    const { meta } = await db.delete(table).where(inArray(sql`rowid`, chunk)).run();
    purged += meta.changes;
    if (meta.changes < PURGE_CHUNK) break;
  }
  return purged;
}

/**
 * Run by the cron every 5 minutes, for every tenant at once (each condition is on an index by
 * age). An event not yet on the queue is the outbox's, whatever its age: the sweep still owes it.
 */
export async function purgeExpired(env: Env, now: number) {
  const db = database(env.DB);
  const before = (ms: number) => now - ms;
  return {
    idempotencyKeys: await purge(db, idempotencyKeys, lt(idempotencyKeys.createdAt, before(RETENTION_MS.idempotencyKeys))),
    events: await purge(db, events, isNotNull(events.enqueuedAt), lt(events.occurredAt, before(RETENTION_MS.events))),
    deliveries: await purge(db, webhookDeliveries, lt(webhookDeliveries.attemptedAt, before(RETENTION_MS.deliveries))),
    alerts:
      (await purge(db, alerts, eq(alerts.status, "acknowledged"), lt(alerts.acknowledgedAt, before(RETENTION_MS.closedAlerts)))) +
      (await purge(db, alerts, eq(alerts.status, "superseded"), lt(alerts.supersededAt, before(RETENTION_MS.closedAlerts)))),
  };
}
