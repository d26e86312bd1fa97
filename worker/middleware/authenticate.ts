import type { Context, MiddlewareHandler } from "hono";
import { environmentOfKey, findApiKey, needsTouch, principalOfKey, touchApiKey } from "../access/api-keys";
import { authenticateAccessToken } from "../access/token-principal";
import { database } from "../data/db";
import { sourceKey } from "../http/client-ip";
import type { AppEnv, Principal } from "../http/context";
import { ApiError } from "../http/errors";
import { RATE_LIMIT_PERIOD_SECONDS } from "../http/rate-limit";
import type { Scope } from "../http/scopes";

const rateLimited = (message: string) =>
  new ApiError("rate_limited", message, undefined, { "Retry-After": String(RATE_LIMIT_PERIOD_SECONDS) });

/**
 * Bearer credential → principal, then the per-credential rate limit of its environment. A
 * refused credential (missing, unknown, revoked, expired, a bad token) is limited too, per
 * source address (`RATE_LIMIT_AUTH_FAILURES`): whoever keeps sending them gets 429 without
 * spending any real credential's budget. The actor is set as soon as the credential is
 * identified, so that refusals of a known key or client are audited.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  let principal: Principal;
  try {
    principal = await principalOf(c);
  } catch (err) {
    throw await limitedRefusal(c, err);
  }
  c.set("principal", principal);

  const limiter = principal.environment === "live" ? c.env.RATE_LIMIT_LIVE : c.env.RATE_LIMIT_TEST;
  const { success } = await limiter.limit({ key: principal.keyId });
  if (!success) throw rateLimited("Too many requests for this key; retry later.");
  await next();
};

/**
 * What to throw for a failed authentication: the 401 itself, or 429 once the source address has
 * spent its budget of refusals (`RATE_LIMIT_AUTH_FAILURES`, shared by every credential kind).
 */
export async function limitedRefusal(c: Context<AppEnv>, err: unknown): Promise<unknown> {
  if (err instanceof ApiError && err.status === 401 && !(await c.env.RATE_LIMIT_AUTH_FAILURES.limit({ key: sourceKey(c) })).success) {
    return rateLimited("Too many refused credentials from this address; retry later.");
  }
  return err;
}

/** An `sk_test_`/`sk_live_` credential is an API key; anything else must be one of our OAuth2 access tokens. */
async function principalOf(c: Context<AppEnv>): Promise<Principal> {
  const header = c.req.header("authorization");
  if (!header) throw new ApiError("missing_credentials", "Send your API key as `Authorization: Bearer sk_…`.");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new ApiError("missing_credentials", "Use the Bearer scheme: `Authorization: Bearer sk_…`.");
  const credential = match[1]!;
  const db = database(c.env.DB);
  const now = Date.now();
  if (!environmentOfKey(credential)) return authenticateAccessToken(c.env, db, credential, now, (actor) => c.set("actor", actor));
  const key = await findApiKey(db, credential, now);
  if (key) c.set("actor", { institutionId: key.institutionId, environment: key.environment, id: key.id });
  const principal = principalOfKey(key, now);
  if (needsTouch(key!, now)) c.executionCtx.waitUntil(touchApiKey(db, key!, now).then(() => undefined));
  return principal;
}

/** Route guard: the principal's role must grant `scope`. */
export const requireScope =
  (scope: Scope): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!c.get("principal").scopes.has(scope)) {
      throw new ApiError("insufficient_scope", `This credential lacks the \`${scope}\` scope.`);
    }
    await next();
  };
