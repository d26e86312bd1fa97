import { and, eq, lt, or } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { idempotencyKeys } from "../../schema";
import { database } from "../data/db";
import { RETENTION_MS } from "../data/retention";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { sha256Hex } from "../lib/crypto";

/** How long a first request may run before a retry may take its key over (it crashed). */
const LEASE_MS = 60_000;
/** Admin calls have no principal; they get a tenancy of their own. */
const OPERATOR = { institutionId: "operator", environment: "live", keyId: "operator" } as const;

/**
 * `Idempotency-Key` on POST, run after authentication and the scope check: a successful (2xx)
 * outcome is stored and replayed for 24 h (then the cron deletes it) to the same request; a different request under the
 * key gets 422, a concurrent one 409. Any other outcome (a refusal, a 5xx) is not stored, so a
 * refusal is never replayed to a later caller and a retry runs the request again. Secrets shown
 * once (new keys, client secrets) are not kept: a replay carries `"secret": null` instead. The
 * fingerprint is the credential, the method, path and exact body bytes: a retry resends the
 * same bytes with the same credential, and another credential of the institution, even one
 * with the same role, gets 422 rather than someone else's answer.
 */
export const idempotency: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header("idempotency-key");
  if (c.req.method !== "POST" || key === undefined) return next();
  if (key.length < 1 || key.length > 255) {
    throw new ApiError("validation_failed", "Idempotency-Key must be 1–255 characters.", "Idempotency-Key");
  }
  const db = database(c.env.DB);
  const principal = c.get("principal");
  const caller = principal ?? OPERATOR;
  const tenant = { institutionId: caller.institutionId, environment: caller.environment };
  const requestHash = await sha256Hex(`${caller.keyId}\n${c.req.method} ${c.req.path}\n${c.get("rawBody")}`);
  const now = Date.now();
  const mine = and(
    eq(idempotencyKeys.institutionId, tenant.institutionId),
    eq(idempotencyKeys.environment, tenant.environment),
    eq(idempotencyKeys.key, key),
  );
  const claim = { ...tenant, key, requestHash, state: "in_flight" as const, lockedUntil: now + LEASE_MS, createdAt: now };

  // Claim the key: insert it, or take over a row that expired or whose holder died.
  const claimed = await db
    .insert(idempotencyKeys)
    .values(claim)
    .onConflictDoUpdate({
      target: [idempotencyKeys.institutionId, idempotencyKeys.environment, idempotencyKeys.key],
      set: { ...claim, responseStatus: null, responseBody: null },
      setWhere: or(
        lt(idempotencyKeys.createdAt, now - RETENTION_MS.idempotencyKeys),
        and(eq(idempotencyKeys.state, "in_flight"), lt(idempotencyKeys.lockedUntil, now), eq(idempotencyKeys.requestHash, requestHash)),
      ),
    })
    .returning({ key: idempotencyKeys.key });

  if (claimed.length === 0) {
    const prior = await db.query.idempotencyKeys.findFirst({ where: mine });
    if (!prior) throw new ApiError("idempotency_in_progress", "Retry: this Idempotency-Key was just released.");
    if (prior.requestHash !== requestHash) {
      throw new ApiError(
        "idempotency_key_reused",
        "This Idempotency-Key was used with a different request; use a new key.",
        "Idempotency-Key",
      );
    }
    if (prior.state === "in_flight") {
      throw new ApiError("idempotency_in_progress", "A request with this Idempotency-Key is still in progress.");
    }
    return c.body(prior.responseBody ?? "", prior.responseStatus as 200, {
      "Content-Type": "application/json",
      "Idempotent-Replayed": "true",
    });
  }

  await next();
  if (c.res.status < 200 || c.res.status >= 300) {
    await db.delete(idempotencyKeys).where(mine);
    return;
  }
  const body = withoutSecrets(await c.res.clone().text());
  await db.update(idempotencyKeys).set({ state: "done", responseStatus: c.res.status, responseBody: body }).where(mine);
};

const SECRET_FIELDS = new Set(["secret", "client_secret"]);

/** The stored copy of a response: every field that carries a one-time secret is nulled. */
function withoutSecrets(body: string): string {
  if (!body.includes("secret")) return body;
  return JSON.stringify(JSON.parse(body), (k, v) => (SECRET_FIELDS.has(k) ? null : v));
}
