import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { EventFacts } from "../scoring/events/types";
import { tenancy, timestamp } from "./columns";

/**
 * The outbox: every event, written in the same D1 batch as what caused it. `enqueued_at` stays
 * null until the event's deliveries are on the queue; the cron sweep re-sends those still null.
 */
export const events = sqliteTable(
  "events",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    ...tenancy,
    type: text("type").notNull(),
    smeId: text("sme_id").notNull(),
    facts: text("facts", { mode: "json" }).$type<EventFacts>().notNull(),
    occurredAt: timestamp("occurred_at").notNull(),
    enqueuedAt: timestamp("enqueued_at"),
  },
  (t) => [
    uniqueIndex("events_id").on(t.id),
    index("events_tenant_seq").on(t.institutionId, t.environment, t.seq),
    index("events_tenant_sme").on(t.institutionId, t.environment, t.smeId),
    index("events_unsent").on(t.occurredAt).where(sql`enqueued_at IS NULL`),
    // The retention's purge (worker/data/retention.ts).
    index("events_age").on(t.occurredAt),
  ],
);

export type EventRow = typeof events.$inferSelect;
