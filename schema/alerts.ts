import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { EventFacts } from "../scoring/events/types";
import { tenancy, timestamp } from "./columns";

/**
 * An alert is open until a risk officer acknowledges it, or until the same SME raises a newer
 * alert of the same type, which supersedes it: an SME has at most one open alert per type, so
 * open alerts stay bounded by the book however long nobody acknowledges them.
 */
export const ALERT_STATUSES = ["open", "acknowledged", "superseded"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** A portfolio alert: an event that matters to a risk officer. */
export const alerts = sqliteTable(
  "alerts",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    ...tenancy,
    eventId: text("event_id").notNull(),
    type: text("type").notNull(),
    severity: text("severity", { enum: ["low", "medium", "high"] }).notNull(),
    smeId: text("sme_id").notNull(),
    details: text("details", { mode: "json" }).$type<EventFacts>().notNull(),
    status: text("status", { enum: ALERT_STATUSES }).notNull().default("open"),
    createdAt: timestamp("created_at").notNull(),
    acknowledgedAt: timestamp("acknowledged_at"),
    /** The newer alert of the same type and SME that closed this one. */
    supersededBy: text("superseded_by"),
    supersededAt: timestamp("superseded_at"),
  },
  (t) => [
    uniqueIndex("alerts_id").on(t.id),
    index("alerts_tenant_seq").on(t.institutionId, t.environment, t.seq),
    index("alerts_tenant_sme").on(t.institutionId, t.environment, t.smeId),
    // Covers the summary's count of open alerts by severity.
    index("alerts_tenant_status_severity").on(t.institutionId, t.environment, t.status, t.severity),
    // The retention's purge of acknowledged alerts (worker/data/retention.ts).
    index("alerts_status_acknowledged").on(t.status, t.acknowledgedAt),
    index("alerts_status_superseded").on(t.status, t.supersededAt),
  ],
);

export type AlertRow = typeof alerts.$inferSelect;
