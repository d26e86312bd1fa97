import { eq } from "drizzle-orm";
import { alerts, type EventRow, events } from "../../schema";
import { alertSeverity } from "../../scoring/events/alerts";
import type { EventFacts } from "../../scoring/events/types";
import { ownAlerts } from "../data/alerts";
import type { Db } from "../data/db";
import type { Tenant } from "../http/context";
import { newId } from "../lib/ids";

export type NewEvent = Omit<EventRow, "seq">;

/**
 * The rows events leave behind: each event, and an alert for those a risk officer must see, which
 * supersedes the SME's open alert of the same type (one open alert per SME and type). The caller puts `statements` in the same D1 batch as the change that caused the events, so
 * they exist exactly when it does, then hands `events` to `dispatch`.
 */
export function outbox(db: Db, t: Tenant, facts: EventFacts[], now: number) {
  const tenant = { institutionId: t.institutionId, environment: t.environment };
  const rows: NewEvent[] = facts.map((f) => ({
    id: newId("evt"),
    ...tenant,
    type: f.event,
    smeId: f.sme_id,
    facts: f,
    occurredAt: now,
    enqueuedAt: null,
  }));
  const statements = rows.flatMap((row) => {
    const severity = alertSeverity(row.facts);
    const event = db.insert(events).values(row);
    if (!severity) return [event];
    const alert = {
      id: newId("alr"),
      ...tenant,
      eventId: row.id,
      type: row.type,
      severity,
      smeId: row.smeId,
      details: row.facts,
      createdAt: now,
    };
    const supersede = db
      .update(alerts)
      .set({ status: "superseded", supersededBy: alert.id, supersededAt: now })
      .where(ownAlerts(t, eq(alerts.smeId, alert.smeId), eq(alerts.type, alert.type), eq(alerts.status, "open")));
    return [event, supersede, db.insert(alerts).values(alert)];
  });
  return { statements, events: rows };
}
