import { inArray, lt, sql } from "drizzle-orm";
import { idempotencyKeys } from "../../schema";
import { database } from "./db";

/** How long an Idempotency-Key's first answer is replayed (the idempotency middleware); older rows are purged. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;
/** Rows per DELETE: a short write, so scoring's writes to the same database never wait long. */
const PURGE_CHUNK = 500;
/** A bound per run: a backlog is worked off over a few runs rather than in one long one. */
const PURGE_MAX = 20_000;

/**
 * Removes stored Idempotency-Key outcomes past their 24 h: they are never replayed again, and
 * kept they would grow without end (one row per keyed POST, with its response body). Run by
 * the cron every 5 minutes; returns how many rows went.
 */
export async function purgeIdempotencyKeys(env: Env, now: number) {
  const db = database(env.DB);
  const expired = db
    .select({ rowid: sql<number>`rowid` })
    .from(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_RETENTION_MS))
    .limit(PURGE_CHUNK);
  let purged = 0;
  while (purged < PURGE_MAX) {
    const { meta } = await db.delete(idempotencyKeys).where(inArray(sql`rowid`, expired)).run();
    purged += meta.changes;
    if (meta.changes < PURGE_CHUNK) break;
  }
  return purged;
}
