import { and, count, eq, type SQL } from "drizzle-orm";
import { type AlertRow, type AlertStatus, alerts } from "../../schema";
import type { Severity } from "../../scoring/events/alerts";
import type { EventType } from "../../scoring/events/types";
import type { Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { iso, isoOrNull } from "../lib/time";
import type { Db } from "./db";
import { listPage } from "./list-page";

export const ownAlerts = (t: Tenant, ...more: (SQL | undefined)[]) =>
  and(eq(alerts.institutionId, t.institutionId), eq(alerts.environment, t.environment), ...more);

export const toAlert = (row: AlertRow) => {
  const { event: _type, sme_id: _sme, ...details } = row.details;
  return {
    object: "alert" as const,
    id: row.id,
    type: row.type as EventType,
    severity: row.severity,
    sme_id: row.smeId,
    details: { event_id: row.eventId, ...details },
    status: row.status,
    created_at: iso(row.createdAt),
    acknowledged_at: isoOrNull(row.acknowledgedAt),
    superseded_by: row.supersededBy,
    superseded_at: isoOrNull(row.supersededAt),
  };
};

export interface AlertFilters {
  limit: number;
  cursor?: string | undefined;
  type?: EventType | undefined;
  severity?: Severity | undefined;
  sme_id?: string | undefined;
  status?: AlertStatus | undefined;
}

export async function listAlerts(db: Db, t: Tenant, q: AlertFilters) {
  return listPage(
    db,
    alerts,
    ownAlerts(
      t,
      q.type ? eq(alerts.type, q.type) : undefined,
      q.severity ? eq(alerts.severity, q.severity) : undefined,
      q.sme_id ? eq(alerts.smeId, q.sme_id) : undefined,
      q.status ? eq(alerts.status, q.status) : undefined,
    ),
    q,
    toAlert,
  );
}

/** Acknowledging twice keeps the first time; a superseded alert stays as it is. */
export async function acknowledgeAlert(db: Db, t: Tenant, id: string, now: number) {
  const [row] = await db
    .update(alerts)
    .set({ status: "acknowledged", acknowledgedAt: now })
    .where(ownAlerts(t, eq(alerts.id, id), eq(alerts.status, "open")))
    .returning();
  if (row) return toAlert(row);
  const existing = await db.query.alerts.findFirst({ where: ownAlerts(t, eq(alerts.id, id)) });
  if (!existing) throw new ApiError("resource_not_found", `No alert ${id}.`, "id");
  return toAlert(existing);
}

export const openAlertsBySeverity = (db: Db, t: Tenant) =>
  db
    .select({ severity: alerts.severity, n: count() })
    .from(alerts)
    .where(ownAlerts(t, eq(alerts.status, "open")))
    .groupBy(alerts.severity);
