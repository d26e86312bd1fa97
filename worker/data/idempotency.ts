import { and, eq, lt, sql } from "drizzle-orm";
import { idempotencyKeys } from "../../schema";
import type { Tenant } from "../http/context";
import type { Db } from "./db";

/** How long a stored answer is replayed; the cron deletes it after that. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;

/** The cron's retention: stored answers older than 24 h are deleted, not merely ignored. */
export const pruneIdempotencyKeys = (db: Db, now: number) =>
  db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_RETENTION_MS));

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
