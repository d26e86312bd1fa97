import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { commonErrors, jsonError, jsonRequest, jsonResponse, ListQuery } from "../contracts/common";
import {
  CreateEndpointBody,
  DeliveryList,
  EndpointList,
  EndpointSchema,
  EndpointWithSecret,
  MAX_ENDPOINTS,
  RotatedEndpoint,
  UpdateEndpointBody,
} from "../contracts/webhooks";
import { database } from "../data/db";
import { retentionDays } from "../data/retention";
import {
  createEndpoint,
  deleteEndpoint,
  findEndpoint,
  listEndpoints,
  rotateSecret,
  toEndpoint,
  updateEndpoint,
} from "../data/webhook-endpoints";
import type { AppEnv } from "../http/context";
import { guard } from "../middleware/guard";
import { listDeliveries } from "../webhooks/deliveries";

const tags = ["Webhooks"];
const params = z.object({ id: z.string().max(64) });
const notFound = { 404: jsonError("`resource_not_found`") };

export const webhookEndpointsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/webhook-endpoints",
      operationId: "webhookEndpoints.create",
      tags,
      summary: "Create a webhook endpoint (its secret is shown once)",
      description: `At most ${MAX_ENDPOINTS} endpoints per institution and environment, enabled or disabled: each event is POSTed to at most that many.`,
      ...guard("webhooks:write"),
      request: { body: jsonRequest(CreateEndpointBody) },
      responses: {
        201: jsonResponse(EndpointWithSecret, "The endpoint and its signing secret"),
        409: jsonError(`\`endpoint_limit_reached\`: the environment already has ${MAX_ENDPOINTS} endpoints`),
        ...commonErrors,
      },
    }),
    async (c) => c.json(await createEndpoint(database(c.env.DB), c.get("principal"), c.req.valid("json"), Date.now()), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/webhook-endpoints",
      operationId: "webhookEndpoints.list",
      tags,
      summary: "List webhook endpoints, newest first",
      ...guard("webhooks:read"),
      request: { query: ListQuery },
      responses: { 200: jsonResponse(EndpointList, "A page of endpoints"), ...commonErrors },
    }),
    async (c) => c.json(await listEndpoints(database(c.env.DB), c.get("principal"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/webhook-endpoints/{id}",
      operationId: "webhookEndpoints.retrieve",
      tags,
      summary: "Retrieve a webhook endpoint",
      ...guard("webhooks:read"),
      request: { params },
      responses: { 200: jsonResponse(EndpointSchema, "The endpoint"), ...notFound, ...commonErrors },
    }),
    async (c) => c.json(toEndpoint(await findEndpoint(database(c.env.DB), c.get("principal"), c.req.valid("param").id)), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/webhook-endpoints/{id}",
      operationId: "webhookEndpoints.update",
      tags,
      summary: "Update a webhook endpoint, or enable it again",
      ...guard("webhooks:write"),
      request: { params, body: jsonRequest(UpdateEndpointBody) },
      responses: { 200: jsonResponse(EndpointSchema, "The updated endpoint"), ...notFound, ...commonErrors },
    }),
    async (c) =>
      c.json(await updateEndpoint(database(c.env.DB), c.get("principal"), c.req.valid("param").id, c.req.valid("json"), Date.now()), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/webhook-endpoints/{id}",
      operationId: "webhookEndpoints.delete",
      tags,
      summary: "Delete a webhook endpoint and its delivery log",
      ...guard("webhooks:write"),
      request: { params },
      responses: {
        200: jsonResponse(z.object({ object: z.literal("webhook_endpoint"), id: z.string(), deleted: z.literal(true) }), "Deleted"),
        ...notFound,
        ...commonErrors,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await deleteEndpoint(database(c.env.DB), c.get("principal"), id);
      return c.json({ object: "webhook_endpoint" as const, id, deleted: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/webhook-endpoints/{id}/rotate-secret",
      operationId: "webhookEndpoints.rotateSecret",
      tags,
      summary: "Rotate the signing secret: old and new both sign for 24 h",
      ...guard("webhooks:write"),
      request: { params },
      responses: { 201: jsonResponse(RotatedEndpoint, "The endpoint with its new secret (shown once)"), ...notFound, ...commonErrors },
    }),
    async (c) => c.json(await rotateSecret(database(c.env.DB), c.get("principal"), c.req.valid("param").id, Date.now()), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/webhook-endpoints/{id}/deliveries",
      operationId: "webhookEndpoints.deliveries.list",
      tags,
      summary: "The endpoint's delivery log: every attempt, newest first",
      description: `Attempts are kept ${retentionDays("deliveries")}.`,
      ...guard("webhooks:read"),
      request: { params, query: ListQuery },
      responses: { 200: jsonResponse(DeliveryList, "A page of attempts"), ...notFound, ...commonErrors },
    }),
    async (c) => {
      const db = database(c.env.DB);
      const endpoint = await findEndpoint(db, c.get("principal"), c.req.valid("param").id);
      return c.json(await listDeliveries(db, c.get("principal"), endpoint.id, c.req.valid("query")), 200);
    },
  );
