import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { createApiKey, listApiKeys, revokeApiKey, rollApiKey } from "../access/api-keys";
import { ApiKeyList, ApiKeyWithSecret, CreateApiKeyBody, DEFAULT_ROLL_SECONDS, RollApiKeyBody } from "../contracts/api-keys";
import { commonErrors, jsonError, jsonRequest, jsonResponse, ListQuery } from "../contracts/common";
import { database } from "../data/db";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { guard } from "../middleware/guard";

const tags = ["API keys"];
const params = z.object({ id: z.string().max(64) });
const notFound = { 404: jsonError("`resource_not_found`") };

export const apiKeysRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/api-keys",
      operationId: "apiKeys.create",
      tags,
      summary: "Create an API key (secret shown once)",
      ...guard("keys:write"),
      request: { body: jsonRequest(CreateApiKeyBody) },
      responses: { 201: jsonResponse(ApiKeyWithSecret, "The key and its secret"), ...commonErrors },
    }),
    async (c) => c.json(await createApiKey(database(c.env.DB), c.get("principal"), c.req.valid("json"), Date.now()), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/api-keys",
      operationId: "apiKeys.list",
      tags,
      summary: "List active API keys (prefix and last 4 only)",
      ...guard("keys:read"),
      request: { query: ListQuery },
      responses: { 200: jsonResponse(ApiKeyList, "A page of keys"), ...commonErrors },
    }),
    async (c) => c.json(await listApiKeys(database(c.env.DB), c.get("principal"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/api-keys/{id}/roll",
      operationId: "apiKeys.roll",
      tags,
      summary: "Roll a key: new secret, the old one valid until it expires",
      ...guard("keys:write"),
      request: {
        params,
        body: { required: false, content: { "application/json": { schema: RollApiKeyBody } } },
      },
      responses: { 201: jsonResponse(ApiKeyWithSecret, "The replacement key"), ...notFound, ...commonErrors },
    }),
    async (c) => {
      const now = Date.now();
      // The body is optional: without one, the old secret keeps the default grace period.
      const seconds = (c.req.valid("json") as { expires_in_seconds: number } | undefined)?.expires_in_seconds ?? DEFAULT_ROLL_SECONDS;
      const key = await rollApiKey(database(c.env.DB), c.get("principal"), c.req.valid("param").id, now + seconds * 1000, now);
      return c.json(key, 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/api-keys/{id}",
      operationId: "apiKeys.revoke",
      tags,
      summary: "Revoke a key (effective on the next request)",
      ...guard("keys:write"),
      request: { params },
      responses: {
        200: jsonResponse(z.object({ object: z.literal("api_key"), id: z.string(), revoked: z.literal(true) }), "Revoked"),
        ...notFound,
        ...commonErrors,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      if (!(await revokeApiKey(database(c.env.DB), c.get("principal"), id, Date.now()))) {
        throw new ApiError("resource_not_found", `No API key ${id}.`, "id");
      }
      return c.json({ object: "api_key" as const, id, revoked: true as const }, 200);
    },
  );
