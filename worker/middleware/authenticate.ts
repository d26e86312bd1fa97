import type { MiddlewareHandler } from "hono";
import { authenticateApiKey, environmentOfKey, touchApiKey } from "../access/api-keys";
import type { Scope } from "../access/scopes";
import { database } from "../data/db";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";

/** The `period` of both `[[ratelimits]]` in wrangler.toml: the longest a client waits. */
const RATE_PERIOD_SECONDS = 60;

/** Bearer API key → principal, then the per-key rate limit of its environment. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header("authorization");
  if (!header) throw new ApiError("missing_credentials", "Send your API key as `Authorization: Bearer sk_…`.");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new ApiError("missing_credentials", "Use the Bearer scheme: `Authorization: Bearer sk_…`.");
  const credential = match[1]!;
  if (!environmentOfKey(credential)) throw new ApiError("invalid_token", "The access token is not valid.");
  const db = database(c.env.DB);
  const now = Date.now();
  const principal = await authenticateApiKey(db, credential, now);
  c.set("principal", principal);
  c.executionCtx.waitUntil(touchApiKey(db, principal.keyId, now).then(() => undefined));

  const limiter = principal.environment === "live" ? c.env.RATE_LIMIT_LIVE : c.env.RATE_LIMIT_TEST;
  const { success } = await limiter.limit({ key: principal.keyId });
  if (!success) {
    throw new ApiError("rate_limited", "Too many requests for this key; retry later.", undefined, {
      "Retry-After": String(RATE_PERIOD_SECONDS),
    });
  }
  await next();
};

/** Route guard: the principal's role must grant `scope`. */
export const requireScope =
  (scope: Scope): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!c.get("principal").scopes.has(scope)) {
      throw new ApiError("insufficient_scope", `This key's role lacks the \`${scope}\` scope.`);
    }
    await next();
  };
