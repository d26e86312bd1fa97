import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/context";
import { auditEntryOf } from "./entry";
import { recordAudit } from "./record";

/**
 * Every request whose credential was identified (accepted or refused) is audited to that
 * credential's institution, after the response is on its way. A credential that names no
 * institution (unknown key, forged token) has no tenant to audit to: it stays in the request
 * log line only.
 */
export const auditTrail: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const actor = c.get("actor");
  if (!actor) return;
  const tenant = { institutionId: actor.institutionId, environment: actor.environment };
  c.executionCtx.waitUntil(recordAudit(c.env, tenant, auditEntryOf(c, actor, Date.now())));
};
