import { and, eq, type SQL, sql } from "drizzle-orm";
import { type WebhookEndpointRow, webhookDeliveries, webhookEndpoints } from "../../schema";
import type { EventType } from "../../scoring/events/types";
import { MAX_ENDPOINTS } from "../contracts/webhooks";
import type { Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { newId } from "../lib/ids";
import { iso, isoOrNull } from "../lib/time";
import { ownDeliveries } from "../webhooks/deliveries";
import { newWebhookSecret } from "../webhooks/sign";
import { checkWebhookUrl } from "../webhooks/url-safety";
import type { Db } from "./db";
import { listPage } from "./list-page";

/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3600_000;

export const ownEndpoints = (t: Tenant, ...more: (SQL | undefined)[]) =>
  and(eq(webhookEndpoints.institutionId, t.institutionId), eq(webhookEndpoints.environment, t.environment), ...more);

export const toEndpoint = (row: WebhookEndpointRow) => ({
  object: "webhook_endpoint" as const,
  id: row.id,
  url: row.url,
  events: row.events,
  description: row.description,
  status: row.status,
  disabled_reason: row.disabledReason,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const subscribes = (row: WebhookEndpointRow, type: string) => row.events.includes("*") || row.events.includes(type);

/** The secrets that sign a delivery now: the current one, and the previous during its overlap. */
export const secretsInForce = (row: WebhookEndpointRow, now: number) =>
  row.previousSecret && (row.previousSecretExpiresAt ?? 0) > now ? [row.secret, row.previousSecret] : [row.secret];

/** The URL as it will be stored and fetched (normalised), or the 400 that says why not. */
function safeUrl(url: string, t: Tenant) {
  const check = checkWebhookUrl(url, t.environment);
  if (!check.ok) throw new ApiError("validation_failed", `url: ${check.problem}`, "url");
  return check.url;
}

export async function createEndpoint(
  db: Db,
  t: Tenant,
  body: { url: string; events: (EventType | "*")[]; description?: string | undefined },
  now: number,
) {
  const url = safeUrl(body.url, t);
  const id = newId("we");
  // One batch is one transaction, and D1 runs batches one at a time: the new row is taken back
  // in the same transaction if it made one too many, so racing creations cannot pass the cap.
  const [[row], over] = await db.batch([
    db
      .insert(webhookEndpoints)
      .values({
        id,
        institutionId: t.institutionId,
        environment: t.environment,
        url,
        events: body.events,
        description: body.description ?? null,
        secret: newWebhookSecret(),
        createdAt: now,
        updatedAt: now,
      })
      .returning(),
    db
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, id), sql`(SELECT count(*) FROM ${webhookEndpoints} WHERE ${ownEndpoints(t)}) > ${MAX_ENDPOINTS}`))
      .returning({ id: webhookEndpoints.id }),
  ]);
  if (over.length > 0) {
    throw new ApiError("endpoint_limit_reached", `An environment holds at most ${MAX_ENDPOINTS} webhook endpoints; delete one first.`);
  }
  return { ...toEndpoint(row!), secret: row!.secret };
}

export async function findEndpoint(db: Db, t: Tenant, id: string) {
  const row = await db.query.webhookEndpoints.findFirst({ where: ownEndpoints(t, eq(webhookEndpoints.id, id)) });
  if (!row) throw new ApiError("resource_not_found", `No webhook endpoint ${id}.`, "id");
  return row;
}

export async function listEndpoints(db: Db, t: Tenant, q: { limit: number; cursor?: string | undefined }) {
  return listPage(db, webhookEndpoints, ownEndpoints(t), q, toEndpoint);
}

export const enabledEndpoints = (db: Db, t: Tenant) =>
  db
    .select()
    .from(webhookEndpoints)
    .where(ownEndpoints(t, eq(webhookEndpoints.status, "enabled")));

export async function updateEndpoint(
  db: Db,
  t: Tenant,
  id: string,
  patch: {
    url?: string | undefined;
    events?: (EventType | "*")[] | undefined;
    description?: string | null | undefined;
    status?: "enabled" | "disabled" | undefined;
  },
  now: number,
) {
  const url = patch.url === undefined ? undefined : safeUrl(patch.url, t);
  const status =
    patch.status === undefined
      ? {}
      : // Re-enabling starts a fresh failure clock; disabling by hand says so.
        { status: patch.status, disabledReason: patch.status === "disabled" ? ("manual" as const) : null, failingSince: null };
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      updatedAt: now,
      ...status,
      ...(url === undefined ? {} : { url }),
      ...(patch.events === undefined ? {} : { events: patch.events }),
      ...(patch.description === undefined ? {} : { description: patch.description }),
    })
    .where(ownEndpoints(t, eq(webhookEndpoints.id, id)))
    .returning();
  if (!row) throw new ApiError("resource_not_found", `No webhook endpoint ${id}.`, "id");
  return toEndpoint(row);
}

/** The endpoint and its delivery log; messages still queued for it find nothing and are dropped. */
export async function deleteEndpoint(db: Db, t: Tenant, id: string) {
  const [deleted] = await db.batch([
    db
      .delete(webhookEndpoints)
      .where(ownEndpoints(t, eq(webhookEndpoints.id, id)))
      .returning({ id: webhookEndpoints.id }),
    db.delete(webhookDeliveries).where(ownDeliveries(t, eq(webhookDeliveries.endpointId, id))),
  ]);
  if (deleted.length === 0) throw new ApiError("resource_not_found", `No webhook endpoint ${id}.`, "id");
}

/** A new secret, shown once; the current one becomes the previous and signs for 24 h more. */
export async function rotateSecret(db: Db, t: Tenant, id: string, now: number) {
  const [row] = await db
    .update(webhookEndpoints)
    // One statement: SQLite reads `secret` before the update, so racing rotations cannot lose a secret.
    .set({
      previousSecret: sql`${webhookEndpoints.secret}`,
      secret: newWebhookSecret(),
      previousSecretExpiresAt: now + ROTATION_OVERLAP_MS,
      updatedAt: now,
    })
    .where(ownEndpoints(t, eq(webhookEndpoints.id, id)))
    .returning();
  if (!row) throw new ApiError("resource_not_found", `No webhook endpoint ${id}.`, "id");
  return { ...toEndpoint(row), secret: row.secret, previous_secret_expires_at: isoOrNull(row.previousSecretExpiresAt) };
}
