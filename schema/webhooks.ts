import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenancy, timestamp } from "./columns";

/**
 * A bank's webhook endpoint. The signing secret is stored as is, not hashed: every delivery
 * must compute an HMAC with it. During a rotation the previous secret signs too, until
 * `previous_secret_expires_at`.
 */
export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    ...tenancy,
    url: text("url").notNull(),
    /** Event types, or ["*"] for all. */
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    description: text("description"),
    secret: text("secret").notNull(),
    previousSecret: text("previous_secret"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at"),
    status: text("status", { enum: ["enabled", "disabled"] })
      .notNull()
      .default("enabled"),
    /** `gone`: the receiver answered 410; `failing`: no success for 5 days; `manual`: by PATCH. */
    disabledReason: text("disabled_reason", { enum: ["gone", "failing", "manual"] }),
    /** The first failure since the last success: five days of it disables the endpoint. */
    failingSince: timestamp("failing_since"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [uniqueIndex("webhook_endpoints_id").on(t.id), index("webhook_endpoints_tenant").on(t.institutionId, t.environment, t.seq)],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;

/**
 * Every delivery attempt. The unique key is the attempt's identity: an event, an endpoint, a
 * round (0 for the first sending, the request time for a redelivery) and the queue's attempt
 * number. A queue message delivered twice claims the same key, so it is attempted and recorded once.
 */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    ...tenancy,
    eventId: text("event_id").notNull(),
    endpointId: text("endpoint_id").notNull(),
    round: integer("round").notNull(),
    attempt: integer("attempt").notNull(),
    /** `in_flight` until the answer is recorded; `retrying` and `failed` are failures, the latter final. */
    outcome: text("outcome", { enum: ["in_flight", "succeeded", "retrying", "failed"] }).notNull(),
    statusCode: integer("status_code"),
    latencyMs: integer("latency_ms"),
    error: text("error"),
    nextAttemptAt: timestamp("next_attempt_at"),
    attemptedAt: timestamp("attempted_at").notNull(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_attempt").on(t.eventId, t.endpointId, t.round, t.attempt),
    index("webhook_deliveries_endpoint").on(t.institutionId, t.environment, t.endpointId, t.seq),
    // The retention's purge (worker/data/retention.ts).
    index("webhook_deliveries_age").on(t.attemptedAt),
  ],
);

export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

/** What an institution tunes for its events, per environment; absent means the defaults. */
export const institutionSettings = sqliteTable(
  "institution_settings",
  {
    ...tenancy,
    scoreThreshold: integer("score_threshold").notNull(),
    riskZonePd: real("risk_zone_pd").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.environment] })],
);
