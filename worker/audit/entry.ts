import type { Context } from "hono";
import { routePath } from "hono/route";
import { clientIp } from "../http/client-ip";
import type { Actor, AppEnv } from "../http/context";
import { newId } from "../lib/ids";
import type { AuditEntry } from "./chain";

/**
 * Anything shaped like one of our credentials (API key, OAuth client secret, webhook secret,
 * JWT): replaced wherever caller-chosen text (a path, a user agent) reaches the audit log, so a
 * secret pasted in the wrong place is not kept for years.
 */
const CREDENTIAL = /(?:sk|cs)_(?:test|live)_[A-Za-z0-9]+|whsec_[A-Za-z0-9+/=]+|eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?/g;

export const redact = (text: string, max: number) => text.replace(CREDENTIAL, "[redacted]").slice(0, max);

/** User agents are kept to this length; to a quarter of it when the caller proved no credential. */
const USER_AGENT_MAX = 256;

/**
 * The entry for an answered request: who (the identified key or client, never its secret), what
 * (method and route pattern), on which object (the path, when the route addresses one), the
 * outcome and where from. No header but the user agent, no query, no body: an erasure leaves
 * that it happened (`DELETE /v1/smes/:sme_id` and the sme_id), never the erased data. What an
 * unauthenticated caller writes is bounded: an address only if it is one, 64 characters of
 * user agent.
 */
export function auditEntryOf(c: Context<AppEnv>, actor: Actor, now: number): AuditEntry {
  const route = routePath(c, -1);
  const ua = c.req.header("user-agent");
  // A principal, or a token granted: the caller holds the credential it named.
  const proven = c.get("principal") !== undefined || c.res.status < 400;
  return {
    id: newId("log"),
    at: now,
    actor: actor.id,
    action: `${c.req.method} ${route}`,
    resource: route.includes(":") ? redact(c.req.path, 256) : null,
    status: c.res.status,
    request_id: c.get("requestId"),
    ip: clientIp(c),
    user_agent: ua === undefined ? null : redact(ua, proven ? USER_AGENT_MAX : USER_AGENT_MAX / 4),
  };
}
