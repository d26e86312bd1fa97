import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { signUp } from "../access/sandbox-signups";
import { commonErrors, jsonError, jsonRequest, jsonResponse } from "../contracts/common";
import { SandboxSignupBody, SandboxSignupSchema, SIGNUP_MAX_BODY_BYTES } from "../contracts/signups";
import { database } from "../data/db";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { RATE_LIMIT_PERIOD_SECONDS } from "../http/rate-limit";
import { jsonBody } from "../middleware/json-body";

/** The audit entry's actor: the caller is anonymous. */
const PUBLIC_ACTOR = "public_signup";

/**
 * Per client address, before the body is read, so a flood costs a counter and nothing more.
 * Cloudflare sets CF-Connecting-IP on every request (a client cannot forge it); without it
 * (never in production) all callers share one budget, which errs on the safe side.
 */
const perClientIp: MiddlewareHandler<AppEnv> = async (c, next) => {
  const ip = c.req.header("cf-connecting-ip") ?? "unknown";
  if (!(await c.env.RATE_LIMIT_SIGNUP.limit({ key: `signup:${ip}` })).success) {
    throw new ApiError("rate_limited", "Too many signups from this address; retry later.", undefined, {
      "Retry-After": String(RATE_LIMIT_PERIOD_SECONDS),
    });
  }
  await next();
};

export const sandboxSignupsRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: "post",
    path: "/sandbox/signups",
    operationId: "sandbox.signups.create",
    tags: ["Sandbox"],
    summary: "Get sandbox keys, self-serve (no credentials)",
    description:
      "Creates a sandbox-only institution with its 50 mock SMEs and returns its `sk_test_` admin key, once. " +
      "One sandbox per e-mail address (compared lower-cased, without a `+tag`); a few signups per minute per client address. " +
      "Never creates live keys: production access is granted by the operator.",
    security: [],
    middleware: [perClientIp, jsonBody(SIGNUP_MAX_BODY_BYTES)],
    request: { body: jsonRequest(SandboxSignupBody) },
    responses: {
      201: jsonResponse(SandboxSignupSchema, "The sandbox and its key (shown once)"),
      400: commonErrors[400],
      409: jsonError("`signup_already_exists`: this e-mail address already has a sandbox"),
      413: jsonError("`payload_too_large`: the body is over 4 KiB"),
      415: jsonError("`unsupported_media_type`"),
      429: jsonError("`rate_limited`: too many signups from this client address; see `Retry-After`"),
      500: commonErrors[500],
    },
  }),
  async (c) => {
    const now = Date.now();
    const audited = (institutionId: string) => c.set("actor", { institutionId, environment: "test", id: PUBLIC_ACTOR });
    const result = await signUp(database(c.env.DB), c.req.valid("json"), now, audited);
    audited(result.institution_id);
    // The one response that carries a secret to a browser: never cached anywhere.
    return c.json(result, 201, { "Cache-Control": "no-store" });
  },
);
