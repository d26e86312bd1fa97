import type { MiddlewareHandler } from "hono";
import { environmentOfKey, findApiKey, needsTouch, principalOfKey, touchApiKey } from "../access/api-keys";
import { authenticateAccessToken } from "../access/token-principal";
import { database } from "../data/db";
import type { AppEnv, Principal } from "../http/context";
import { ApiError } from "../http/errors";
import { RATE_LIMIT_PERIOD_SECONDS } from "../http/rate-limit";
import type { Scope } from "../http/scopes";

/**
 * Bearer credential → principal, then the per-credential rate limit of its environment. An
 * `sk_test_`/`sk_live_` credential is an API key; anything else must be one of our OAuth2
 * access tokens. The actor is set as soon as the credential is identified, so that refusals
 * of a known key or client (revoked, expired, rate limited, insufficient scope) are audited.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header("authorization");
  if (!header) throw new ApiError("missing_credentials", "Send your API key as `Authorization: Bearer sk_…`.");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new ApiError("missing_credentials", "Use the Bearer scheme: `Authorization: Bearer sk_…`.");
  const credential = match[1]!;
  const db = database(c.env.DB);
  const now = Date.now();
  let principal: Principal;
  if (environmentOfKey(credential)) {
    const key = await findApiKey(db, credential, now);
    if (key) c.set("actor", { institutionId: key.institutionId, environment: key.environment, id: key.id });
    principal = principalOfKey(key, now);
    if (needsTouch(key!, now)) c.executionCtx.waitUntil(touchApiKey(db, key!, now).then(() => undefined));
  } else {
    principal = await authenticateAccessToken(c.env, db, credential, now, (actor) => c.set("actor", actor));
  }
  c.set("principal", principal);

  const limiter = principal.environment === "live" ? c.env.RATE_LIMIT_LIVE : c.env.RATE_LIMIT_TEST;
  const { success } = await limiter.limit({ key: principal.keyId });
  if (!success) {
    throw new ApiError("rate_limited", "Too many requests for this key; retry later.", undefined, {
      "Retry-After": String(RATE_LIMIT_PERIOD_SECONDS),
    });
  }
  await next();
};

/** Route guard: the principal's role must grant `scope`. */
export const requireScope =
  (scope: Scope): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!c.get("principal").scopes.has(scope)) {
      throw new ApiError("insufficient_scope", `This credential lacks the \`${scope}\` scope.`);
    }
    await next();
  };
