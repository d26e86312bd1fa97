import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/context";
import type { Scope } from "../http/scopes";
import { authenticate, requireScope } from "./authenticate";
import { idempotency } from "./idempotency";
import { jsonBody, MiB } from "./json-body";

const bodies = new Map<number, ReturnType<typeof jsonBody>>();
const bodyOf = (maxBytes: number) => bodies.get(maxBytes) ?? bodies.set(maxBytes, jsonBody(maxBytes)).get(maxBytes)!;

/**
 * What every API-key route runs before its handler, declared with the route: authentication
 * (and rate limit), the JSON body guard, the one scope the route needs (which the OpenAPI
 * document also publishes as the bearer requirement's scope), then Idempotency-Key: a stored
 * answer is replayed only to a caller already allowed to make the request. `body` replaces the
 * JSON body guard for a route that takes another format; such a body (a camt document of up to
 * 16 MiB) is only read once the caller's scope allows sending it.
 */
export const guard = (scope: Scope, opts: { maxBodyBytes?: number; body?: MiddlewareHandler<AppEnv> } = {}) => ({
  security: [{ bearer: [scope] }],
  middleware: opts.body
    ? [authenticate, requireScope(scope), opts.body, idempotency]
    : [authenticate, bodyOf(opts.maxBodyBytes ?? MiB), requireScope(scope), idempotency],
  "x-required-scope": scope,
});
