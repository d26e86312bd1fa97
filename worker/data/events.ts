import { and, eq, type SQL } from "drizzle-orm";
import { type EventRow, events } from "../../schema";
import type { EventPayload, EventType } from "../../scoring/events/types";
import type { Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { iso } from "../lib/time";
import type { Db } from "./db";
import { listPage } from "./list-page";

/** The principal's own events: every event query starts here. */
export const ownEvents = (t: Tenant, ...more: (SQL | undefined)[]) =>
  and(eq(events.institutionId, t.institutionId), eq(events.environment, t.environment), ...more);

/** The webhook body: the seed's shape plus `id` and `environment`, the same bytes on every retry. */
export function payloadOf(row: Omit<EventRow, "seq">): EventPayload {
  const { event, sme_id, ...rest } = row.facts;
  return { id: row.id, event, environment: row.environment, sme_id, ...rest, occurred_at: iso(row.occurredAt) };
}

export const toEvent = (row: Omit<EventRow, "seq">) => ({ object: "event" as const, ...payloadOf(row) });

export async function findEvent(db: Db, t: Tenant, id: string): Promise<EventRow> {
  const row = await db.query.events.findFirst({ where: ownEvents(t, eq(events.id, id)) });
  if (!row) throw new ApiError("resource_not_found", `No event ${id}.`, "id");
  return row;
}

export async function listEvents(
  db: Db,
  t: Tenant,
  q: { limit: number; cursor?: string | undefined; type?: EventType | undefined; sme_id?: string | undefined },
) {
  return listPage(
    db,
    events,
    ownEvents(t, q.type ? eq(events.type, q.type) : undefined, q.sme_id ? eq(events.smeId, q.sme_id) : undefined),
    q,
    toEvent,
  );
}
