import { and, eq, type SQL } from "drizzle-orm";
import { type WebhookDeliveryRow, webhookDeliveries } from "../../schema";
import type { Db } from "../data/db";
import { listPage } from "../data/list-page";
import type { Tenant } from "../http/context";
import { iso, isoOrNull } from "../lib/time";
import type { DeliveryMessage } from "./message";

export const ownDeliveries = (t: Tenant, ...more: (SQL | undefined)[]) =>
  and(eq(webhookDeliveries.institutionId, t.institutionId), eq(webhookDeliveries.environment, t.environment), ...more);

export const toDelivery = (row: WebhookDeliveryRow) => ({
  object: "webhook_delivery" as const,
  event_id: row.eventId,
  endpoint_id: row.endpointId,
  attempt: row.attempt,
  redelivery: row.round !== 0,
  outcome: row.outcome,
  status_code: row.statusCode,
  latency_ms: row.latencyMs,
  error: row.error,
  next_attempt_at: isoOrNull(row.nextAttemptAt),
  attempted_at: iso(row.attemptedAt),
});

/**
 * Claims this attempt before making it, or gets null: it must not POST. A queue message
 * delivered twice (at least once means it can be) claims the same key the second time. A
 * message delivered again under a new attempt number (its batch was retried after another
 * message threw) finds the event already delivered to the endpoint in this round.
 */
export async function claimAttempt(db: Db, m: DeliveryMessage, attempt: number, now: number) {
  const delivered = await db
    .select({ seq: webhookDeliveries.seq })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.eventId, m.event_id),
        eq(webhookDeliveries.endpointId, m.endpoint_id),
        eq(webhookDeliveries.round, m.round),
        eq(webhookDeliveries.outcome, "succeeded"),
      ),
    )
    .limit(1);
  if (delivered.length > 0) return null;
  const [row] = await db
    .insert(webhookDeliveries)
    .values({
      institutionId: m.institution_id,
      environment: m.environment,
      eventId: m.event_id,
      endpointId: m.endpoint_id,
      round: m.round,
      attempt,
      outcome: "in_flight",
      attemptedAt: now,
    })
    .onConflictDoNothing()
    .returning({ seq: webhookDeliveries.seq });
  return row?.seq ?? null;
}

export interface AttemptOutcome {
  outcome: "succeeded" | "retrying" | "failed";
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
  nextAttemptAt: number | null;
}

export const recordAttempt = (db: Db, seq: number, o: AttemptOutcome) =>
  db.update(webhookDeliveries).set(o).where(eq(webhookDeliveries.seq, seq));

export async function listDeliveries(db: Db, t: Tenant, endpointId: string, q: { limit: number; cursor?: string | undefined }) {
  return listPage(db, webhookDeliveries, ownDeliveries(t, eq(webhookDeliveries.endpointId, endpointId)), q, toDelivery);
}
