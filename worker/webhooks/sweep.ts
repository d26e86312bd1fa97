import { and, asc, isNull, lt } from "drizzle-orm";
import { events } from "../../schema";
import { database } from "../data/db";
import { dispatch } from "./dispatch";

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
