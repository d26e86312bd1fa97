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
 * answer is replayed only to a caller already allowed to make the request.
 */
export const guard = (scope: Scope, opts: { maxBodyBytes?: number } = {}) => ({
  security: [{ bearer: [scope] }],
  middleware: [authenticate, bodyOf(opts.maxBodyBytes ?? MiB), requireScope(scope), idempotency],
  "x-required-scope": scope,
});
