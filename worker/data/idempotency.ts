import { and, eq, sql } from "drizzle-orm";
import { idempotencyKeys } from "../../schema";
import type { Tenant } from "../http/context";
import type { Db } from "./db";

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
