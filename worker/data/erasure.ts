import { and, eq } from "drizzle-orm";
import { smes } from "../../schema";
import type { Principal } from "../http/context";
import { iso } from "../lib/time";
import { dispatchOrDefer } from "../webhooks/dispatch";
import { database } from "./db";
import { eraseSmeEvents } from "./erasure-events";
import { forgetSmeReplies } from "./idempotency";
import { ledgerOf } from "./ledger";
import { eraseLegacyScores } from "./legacy-scores";
import { eraseAccounts } from "./sme-accounts";
import { smeNotFound } from "./smes";

/**
 * Right to erasure, in an order that can be re-run from any point: mark the SME `erasing`
 * (every route then answers 404), wipe its ledger (flows, buckets, score history, alarm), then
 * delete its D1 rows in one batch (its alerts and events too, any scores its ledger never
 * imported, the stored Idempotency-Key answers that name it, and the `sme.erased` event is
 * written there, so it exists exactly once). A repeat after a crash finds the `erasing` row and
 * finishes the job.
 */
export async function eraseSme(env: Env, p: Principal, smeId: string, now: number) {
  const db = database(env.DB);
  const mine = and(eq(smes.institutionId, p.institutionId), eq(smes.environment, p.environment), eq(smes.smeId, smeId));
  const [sme] = await db.update(smes).set({ status: "erasing", updatedAt: now }).where(mine).returning();
  if (!sme) throw smeNotFound(smeId);

  const ledger = await ledgerOf(env, p, smeId).erase();

  const legacy = eraseLegacyScores(db, p, smeId);
  const ev = eraseSmeEvents(db, p, smeId, now);
  const [[legacyCount], [alertCount]] = await db.batch([
    legacy.count,
    ev.countAlerts,
    legacy.delete,
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
    // D1 rows left after the ledger imported them are copies of its own; before, its history is empty.
    erased: {
      flows: Math.max(sme.flowCount, ledger.flows),
      scores: Math.max(ledger.scores, legacyCount?.n ?? 0),
      alerts: alertCount?.n ?? 0,
    },
  };
}
