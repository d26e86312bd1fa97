import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { commonErrors, jsonError, jsonResponse, ListQuery } from "../contracts/common";
import { EventList, EventListQuery, EventSchema, Redelivery } from "../contracts/events";
import { database } from "../data/db";
import { findEvent, listEvents, toEvent } from "../data/events";
import { retentionDays } from "../data/retention";
import type { AppEnv } from "../http/context";
import { guard } from "../middleware/guard";
import { dispatch } from "../webhooks/dispatch";

const tags = ["Events"];
const params = z.object({ id: z.string().max(64) });
const notFound = { 404: jsonError("`resource_not_found`") };

export const eventsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/events",
      operationId: "events.list",
      tags,
      summary: "List events, newest first",
      description: `Events are kept ${retentionDays("events")}, then deleted: retrieving or redelivering an older one answers 404.`,
      ...guard("events:read"),
      request: { query: ListQuery.extend(EventListQuery.shape) },
      responses: { 200: jsonResponse(EventList, "A page of events"), ...commonErrors },
    }),
    async (c) => c.json(await listEvents(database(c.env.DB), c.get("principal"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}",
      operationId: "events.retrieve",
      tags,
      summary: "Retrieve an event",
      ...guard("events:read"),
      request: { params },
      responses: { 200: jsonResponse(EventSchema, "The event"), ...notFound, ...commonErrors },
    }),
    async (c) => c.json(toEvent(await findEvent(database(c.env.DB), c.get("principal"), c.req.valid("param").id)), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{id}/redeliver",
      operationId: "events.redeliver",
      tags,
      summary: "Send an event again to every enabled endpoint subscribed to it",
      description: "A fresh series of attempts with the same `webhook-id` (the event id), so a receiver that already has it can tell.",
      ...guard("webhooks:write"),
      request: { params },
      responses: { 202: jsonResponse(Redelivery, "Queued"), ...notFound, ...commonErrors },
    }),
    async (c) => {
      const now = Date.now();
      const event = await findEvent(database(c.env.DB), c.get("principal"), c.req.valid("param").id);
      const endpoints = await dispatch(c.env, [event], now, now);
      return c.json({ object: "redelivery" as const, event_id: event.id, endpoints }, 202);
    },
  );
