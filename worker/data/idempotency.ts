import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { idempotencyKeys } from "../../schema";
import type { Tenant } from "../http/context";
import { type Db, database } from "./db";

/** How long a stored answer is replayed; the cron deletes it after that. */
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

/**
 * Erasure's part: every stored answer of the tenant that names the SME (its registration, its
 * flows, its scores, its events — any answer carrying `"sme_id"`'s value anywhere) holds its
 * personal data or speaks of it, so it goes with the SME. sme_ids are `[A-Za-z0-9_-]`, so the
 * JSON form of the id is exactly its quoted text.
 */
export const forgetSmeReplies = (db: Db, t: Tenant, smeId: string) =>
  db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.institutionId, t.institutionId),
        eq(idempotencyKeys.environment, t.environment),
        sql`instr(${idempotencyKeys.responseBody}, ${JSON.stringify(smeId)}) > 0`,
      ),
    );
