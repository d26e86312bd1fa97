import { and, asc, eq, inArray } from "drizzle-orm";
import { auditOutbox } from "../../schema";
import { database } from "../data/db";
import type { Tenant } from "../http/context";
import type { AuditEntry } from "./chain";

/** One log per institution and environment: one writer, so one strict order. */
export const auditLogOf = (env: Env, t: Tenant) => env.AUDIT_LOG.getByName(`${t.institutionId}:${t.environment}`);

type Appender = { append(entries: AuditEntry[]): Promise<unknown> };

const RETRY_DELAYS_MS = [100, 1000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Appends after the response was sent (the caller passes this to `waitUntil`), without losing
 * the entry: the log is retried (it ignores a request id it already has, so a retry after an
 * ambiguous failure never doubles an entry); if it still fails the entry goes to the D1 outbox,
 * which the next read of the log drains first; if D1 fails too, the entry (which holds no
 * secret) is written to the Worker's logs as the last trace.
 */
export async function recordAudit(env: Env, tenant: Tenant, entry: AuditEntry, log: Appender = auditLogOf(env, tenant)) {
  for (let attempt = 0; ; attempt++) {
    try {
      await log.append([entry]);
      return;
    } catch {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) break;
      await sleep(delay);
    }
  }
  try {
    await database(env.DB)
      .insert(auditOutbox)
      .values({ ...tenant, entry: JSON.stringify(entry) });
  } catch {
    console.error(JSON.stringify({ audit_append_failed: { ...tenant, entry } }));
  }
}

const DRAIN_BATCH = 100;

/** Moves the tenant's parked entries into its log, oldest first; run before every read of it. */
export async function drainAuditOutbox(env: Env, tenant: Tenant, log: Appender = auditLogOf(env, tenant)) {
  const db = database(env.DB);
  const mine = and(eq(auditOutbox.institutionId, tenant.institutionId), eq(auditOutbox.environment, tenant.environment));
  for (;;) {
    const rows = await db.select().from(auditOutbox).where(mine).orderBy(asc(auditOutbox.seq)).limit(DRAIN_BATCH);
    if (rows.length === 0) return;
    await log.append(rows.map((r) => JSON.parse(r.entry) as AuditEntry));
    await db.delete(auditOutbox).where(
      inArray(
        auditOutbox.seq,
        rows.map((r) => r.seq),
      ),
    );
    if (rows.length < DRAIN_BATCH) return;
  }
}
