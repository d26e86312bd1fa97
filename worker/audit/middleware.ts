import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/context";
import { auditEntryOf } from "./entry";
import { recordAudit } from "./record";

/** Refusals that anyone can cause at will: an unproven or unknown credential, or a throttled one. */
const SAMPLED_STATUSES = new Set([401, 429]);

/**
 * Every request whose credential was identified (accepted or refused) is audited to that
 * credential's institution, after the response is on its way. A credential that names no
 * institution (unknown key, forged token) has no tenant to audit to: it stays in the request
 * log line only. 401 and 429 answers are sampled: at most `AUDIT_REFUSALS`' budget per
 * credential and minute reaches the log (the first ones, so an attack is on record), so that
 * someone who knows only a client_id or a revoked key cannot fill an institution's log.
 */
export const auditTrail: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const actor = c.get("actor");
  if (!actor) return;
  const tenants = [{ institutionId: actor.institutionId, environment: actor.environment }, ...(c.get("auditAlso") ?? [])];
  const entry = auditEntryOf(c, actor, Date.now());
  c.executionCtx.waitUntil(
    (async () => {
      // One timer tick first, so the response is written before the append's work starts: where
      // the log shares the Worker's thread (wrangler dev), it would otherwise go first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (SAMPLED_STATUSES.has(entry.status) && !(await c.env.AUDIT_REFUSALS.limit({ key: `${actor.environment}:${actor.id}` })).success)
        return;
      await Promise.all(tenants.map((t) => recordAudit(c.env, t, entry)));
    })(),
  );
};
