import { z } from "@hono/zod-openapi";
import { ENVIRONMENTS, ROLES } from "../../schema";
import { OAUTH_ERROR_CODES } from "../http/oauth-errors";
import { SCOPES } from "../http/scopes";
import { listOf, Timestamp } from "./common";

export const CreateOAuthClientBody = z
  .strictObject({
    name: z.string().min(1).max(100).openapi({ example: "Core banking gateway" }),
    role: z.enum(ROLES),
    team: z.string().min(1).max(100).optional(),
  })
  .openapi("CreateOAuthClient");

export const OAuthClientSchema = z
  .object({
    object: z.literal("oauth_client"),
    client_id: z.string().openapi({ example: "cli_8Zk2…" }),
    name: z.string(),
    role: z.enum(ROLES),
    team: z.string().nullable(),
    environment: z.enum(ENVIRONMENTS).openapi({ description: "The environment of the key that created it; its tokens act there" }),
    created_at: Timestamp,
    last_used_at: Timestamp.nullable().openapi({ description: "When it last got a token" }),
  })
  .openapi("OAuthClient");

export const OAuthClientWithSecret = OAuthClientSchema.extend({
  client_secret: z.string().openapi({ description: "Shown once, at creation" }),
}).openapi("OAuthClientWithSecret");

export const OAuthClientList = listOf(OAuthClientSchema, "OAuthClientList");

const scope = z
  .string()
  .optional()
  .openapi({
    description: `Space-delimited subset of the client's role scopes (default: all of them). Known scopes: ${SCOPES.join(", ")}`,
  });

export const TokenRequestSchema = z
  .object({
    grant_type: z.literal("client_credentials"),
    scope,
    client_id: z.string().optional().openapi({ description: "With `client_secret_post` (or repeating the Basic one)" }),
    client_secret: z.string().optional().openapi({ description: "`client_secret_post` only; otherwise use HTTP Basic" }),
  })
  .openapi("TokenRequest");

export const TokenResponseSchema = z
  .object({
    access_token: z.string().openapi({ description: "RS256 JWT (RFC 9068, `typ: at+jwt`)" }),
    token_type: z.literal("Bearer"),
    expires_in: z.int().openapi({ example: 900 }),
    scope: z.string(),
  })
  .openapi("TokenResponse");

export const OAuthErrorSchema = z
  .object({
    error: z.enum(OAUTH_ERROR_CODES),
    error_description: z.string(),
  })
  .openapi("OAuthError");

export const JwksSchema = z
  .object({
    keys: z.array(
      z.object({ kty: z.literal("RSA"), kid: z.string(), n: z.string(), e: z.string(), alg: z.literal("RS256"), use: z.literal("sig") }),
    ),
  })
  .openapi("Jwks");
