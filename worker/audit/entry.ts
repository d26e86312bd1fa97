import type { Context } from "hono";
import { routePath } from "hono/route";
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

/**
 * The entry for an answered request: who (the identified key or client, never its secret), what
 * (method and route pattern), on which object (the path, when the route addresses one), the
 * outcome and where from. No header but the user agent, no query, no body: an erasure leaves
 * that it happened (`DELETE /v1/smes/:sme_id` and the sme_id), never the erased data.
 */
export function auditEntryOf(c: Context<AppEnv>, actor: Actor, now: number): AuditEntry {
  const route = routePath(c, -1);
  const ua = c.req.header("user-agent");
  return {
    id: newId("log"),
    at: now,
    actor: actor.id,
    action: `${c.req.method} ${route}`,
    resource: route.includes(":") ? redact(c.req.path, 256) : null,
    status: c.res.status,
    request_id: c.get("requestId"),
    ip: c.req.header("cf-connecting-ip")?.slice(0, 64) ?? null,
    user_agent: ua === undefined ? null : redact(ua, 256),
  };
}
