import { and, count, eq } from "drizzle-orm";
import { scores, smes } from "../../schema";
import type { Principal } from "../http/context";
import { iso } from "../lib/time";
import { dispatchOrDefer } from "../webhooks/dispatch";
import { database } from "./db";
import { eraseSmeEvents } from "./erasure-events";
import { forgetSmeReplies } from "./idempotency";
import { ledgerOf } from "./ledger";
import { eraseAccounts } from "./sme-accounts";
import { smeNotFound } from "./smes";

/**
 * Right to erasure, in an order that can be re-run from any point: mark the SME `erasing`
 * (every route then answers 404), wipe its ledger (flows, buckets, alarm), then delete its D1
 * rows in one batch (its alerts and events too, the stored Idempotency-Key answers that name
 * it, and the `sme.erased` event is written there, so it exists exactly once). A repeat after a crash finds the `erasing` row and finishes the job.
 */
export async function eraseSme(env: Env, p: Principal, smeId: string, now: number) {
  const db = database(env.DB);
  const mine = and(eq(smes.institutionId, p.institutionId), eq(smes.environment, p.environment), eq(smes.smeId, smeId));
  const [sme] = await db.update(smes).set({ status: "erasing", updatedAt: now }).where(mine).returning();
  if (!sme) throw smeNotFound(smeId);

  const ledger = await ledgerOf(env, p, smeId).erase();

  const its = and(eq(scores.institutionId, p.institutionId), eq(scores.environment, p.environment), eq(scores.smeId, smeId));
  const ev = eraseSmeEvents(db, p, smeId, now);
  const [[scoreCount], [alertCount]] = await db.batch([
    db.select({ n: count() }).from(scores).where(its),
    ev.countAlerts,
    db.delete(scores).where(its),
    ...ev.deletes,
    eraseAccounts(db, p, smeId),
    db.delete(smes).where(mine),
    forgetSmeReplies(db, p, smeId),
    ...ev.erased.statements,
  ]);
  await dispatchOrDefer(env, ev.erased.events, now);
  return {
    object: "erasure" as const,
    sme_id: smeId,
    erased_at: iso(now),
    erased: { flows: Math.max(sme.flowCount, ledger.flows), scores: scoreCount?.n ?? 0, alerts: alertCount?.n ?? 0 },
  };
}
