import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { signingKeys } from "../access/signing-keys";
import { jsonResponse } from "../contracts/common";
import { JwksSchema } from "../contracts/oauth";
import type { AppEnv } from "../http/context";

/**
 * The public halves of every signing key (current and previous), by `kid`: what a bank's
 * gateway needs to verify our access tokens itself (RFC 7517 JWK Set).
 */
export const jwksRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: "get",
    path: "/jwks.json",
    operationId: "jwks.retrieve",
    tags: ["OAuth2"],
    summary: "Public keys that verify access tokens",
    responses: { 200: jsonResponse(JwksSchema, "A JWK Set") },
  }),
  async (c) => {
    const { jwks } = await signingKeys(c.env.JWT_SIGNING_KEYS);
    // Short enough that a verifier sees a new key within minutes of a rotation.
    return c.json({ keys: jwks }, 200, { "Cache-Control": "public, max-age=300" });
  },
);
