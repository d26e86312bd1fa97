import { count, eq, inArray } from "drizzle-orm";
import { alerts, events, webhookDeliveries } from "../../schema";
import type { Tenant } from "../http/context";
import { ownDeliveries } from "../webhooks/deliveries";
import { outbox } from "../webhooks/outbox";
import { ownAlerts } from "./alerts";
import type { Db } from "./db";
import { ownEvents } from "./events";

/**
 * An erasure's part in the events world, as statements for the erasure's single D1 batch: the
 * SME's alerts, its events (sent or pending: they describe its scores) and their delivery log
 * go, and one `sme.erased` event is written so banks' systems can forget the SME too. Queued
 * messages for the deleted events find nothing when they run and are dropped.
 */
export function eraseSmeEvents(db: Db, t: Tenant, smeId: string, now: number) {
  const theirs = ownEvents(t, eq(events.smeId, smeId));
  const erased = outbox(db, t, [{ event: "sme.erased", sme_id: smeId, from: null, to: null, reason: "erasure_requested" }], now);
  return {
    countAlerts: db
      .select({ n: count() })
      .from(alerts)
      .where(ownAlerts(t, eq(alerts.smeId, smeId))),
    deletes: [
      db
        .delete(webhookDeliveries)
        .where(ownDeliveries(t, inArray(webhookDeliveries.eventId, db.select({ id: events.id }).from(events).where(theirs)))),
      db.delete(events).where(theirs),
      db.delete(alerts).where(ownAlerts(t, eq(alerts.smeId, smeId))),
    ] as const,
    erased,
  };
}
