import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { createOAuthClient, listOAuthClients, revokeOAuthClient } from "../access/oauth-clients";
import { issueToken } from "../access/oauth-token";
import { commonErrors, jsonError, jsonRequest, jsonResponse, ListQuery } from "../contracts/common";
import {
  CreateOAuthClientBody,
  OAuthClientList,
  OAuthClientWithSecret,
  OAuthErrorSchema,
  TokenRequestSchema,
  TokenResponseSchema,
} from "../contracts/oauth";
import { database } from "../data/db";
import { sourceKey } from "../http/client-ip";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { OAuthError } from "../http/oauth-errors";
import { bytesBounded, TOO_LARGE } from "../lib/bounded-body";
import { guard } from "../middleware/guard";

const tags = ["OAuth2"];
/** RFC 6749 §5.1 and §5.2: token responses, good or bad, are never cached. */
const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };

const oauthError = (c: Context<AppEnv>, err: OAuthError) =>
  c.json({ error: err.code, error_description: err.description }, err.status, { ...NO_STORE, ...err.headers });

export const oauthRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/oauth/clients",
      operationId: "oauthClients.create",
      tags,
      summary: "Create an OAuth2 client (secret shown once)",
      ...guard("keys:write"),
      request: { body: jsonRequest(CreateOAuthClientBody) },
      responses: { 201: jsonResponse(OAuthClientWithSecret, "The client and its secret"), ...commonErrors },
    }),
    async (c) => c.json(await createOAuthClient(database(c.env.DB), c.get("principal"), c.req.valid("json"), Date.now()), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/oauth/clients",
      operationId: "oauthClients.list",
      tags,
      summary: "List active OAuth2 clients",
      ...guard("keys:read"),
      request: { query: ListQuery },
      responses: { 200: jsonResponse(OAuthClientList, "A page of clients"), ...commonErrors },
    }),
    async (c) => c.json(await listOAuthClients(database(c.env.DB), c.get("principal"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/oauth/clients/{client_id}",
      operationId: "oauthClients.revoke",
      tags,
      summary: "Revoke a client: no new token, and its tokens are refused from the next request",
      ...guard("keys:write"),
      request: { params: z.object({ client_id: z.string().max(64) }) },
      responses: {
        200: jsonResponse(z.object({ object: z.literal("oauth_client"), client_id: z.string(), revoked: z.literal(true) }), "Revoked"),
        404: jsonError("`resource_not_found`"),
        ...commonErrors,
      },
    }),
    async (c) => {
      const { client_id } = c.req.valid("param");
      if (!(await revokeOAuthClient(database(c.env.DB), c.get("principal"), client_id, Date.now()))) {
        throw new ApiError("resource_not_found", `No OAuth client ${client_id}.`, "client_id");
      }
      return c.json({ object: "oauth_client" as const, client_id, revoked: true as const }, 200);
    },
  );

// The token endpoint reads its own body: it takes form encoding and must answer RFC 6749's
// error shape, so it is declared for the document only and handled without the API's validators.
oauthRoutes.openAPIRegistry.registerPath({
  method: "post",
  path: "/oauth/token",
  operationId: "oauth.token",
  tags,
  summary: "Get an access token (client credentials grant)",
  description:
    "Authenticate with HTTP Basic (`client_secret_basic`) or `client_id` + `client_secret` in the body " +
    "(`client_secret_post`), not both. Rate-limited per source address.",
  security: [{ clientBasic: [] }, {}],
  request: {
    body: {
      required: true,
      content: {
        "application/x-www-form-urlencoded": { schema: TokenRequestSchema },
        "application/json": { schema: TokenRequestSchema },
      },
    },
  },
  responses: {
    200: jsonResponse(TokenResponseSchema, "The access token (`Cache-Control: no-store`)"),
    400: jsonResponse(OAuthErrorSchema, "`invalid_request`, `unsupported_grant_type`, `invalid_scope`"),
    401: jsonResponse(OAuthErrorSchema, "`invalid_client` (with `WWW-Authenticate` when HTTP Basic was used)"),
    429: jsonResponse(OAuthErrorSchema, "`rate_limited`; see `Retry-After`"),
  },
});

/** A token request is a short form: client id and secret, grant type, scope. */
const TOKEN_BODY_MAX_BYTES = 8 * 1024;

oauthRoutes.post("/oauth/token", async (c) => {
  try {
    const body = await bytesBounded(c.req.raw, TOKEN_BODY_MAX_BYTES);
    if (body === TOO_LARGE) throw new OAuthError("invalid_request", `The body exceeds ${TOKEN_BODY_MAX_BYTES / 1024} KiB.`);
    const token = await issueToken(
      c.env,
      database(c.env.DB),
      {
        source: sourceKey(c),
        contentType: c.req.header("content-type") ?? "",
        body: new TextDecoder().decode(body),
        authorization: c.req.header("authorization"),
      },
      Date.now(),
      (actor) => c.set("actor", actor),
    );
    return c.json(token, 200, NO_STORE);
  } catch (err) {
    if (err instanceof OAuthError) return oauthError(c, err);
    throw err;
  }
});
