import { and, asc, isNull, lt } from "drizzle-orm";
import { events } from "../schema";
import { database } from "./data/db";
import { dispatch } from "./data/dispatch";
import { pruneIdempotencyKeys } from "./data/idempotency";

/** Events younger than this may still be on their way through the inline path. */
const GRACE_MS = 60_000;
const SWEEP_LIMIT = 500;

/**
 * The outbox sweep (cron): events whose sending never happened — the Worker died between the
 * D1 batch and the queue — are sent now, oldest first.
 */
export async function sweepOutbox(env: Env, now: number) {
  const db = database(env.DB);
  const unsent = await db
    .select()
    .from(events)
    .where(and(isNull(events.enqueuedAt), lt(events.occurredAt, now - GRACE_MS)))
    .orderBy(asc(events.occurredAt))
    .limit(SWEEP_LIMIT);
  return dispatch(env, unsent, now);
}

/** The cron: the outbox sweep, and the 24 h retention of stored Idempotency-Key answers. */
export async function runCron(env: Env, now: number) {
  await pruneIdempotencyKeys(database(env.DB), now);
  await sweepOutbox(env, now);
}
