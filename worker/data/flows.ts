import { eq, sql } from "drizzle-orm";
import { smes } from "../../schema";
import { MAX_FLOWS_PER_CALL } from "../contracts/flows";
import type { Principal } from "../http/context";
import { ApiError } from "../http/errors";
import type { Db } from "./db";
import { ledgerOf } from "./ledger";
import { findSme, ownSmes, smeNotFound } from "./smes";

/**
 * Hands the flows to the SME's ledger, in its batches of `MAX_FLOWS_PER_CALL` (a connector's
 * statement can hold tens of thousands), then copies its new counts onto the SME row. If the
 * SME was erased while the ledger was writing, the row is gone: the ledger is wiped again so
 * nothing of an erased SME survives, and the caller gets the 404 it would have got a moment later.
 * Rejections carry their index in `flows`.
 */
export async function recordIngestion(env: Env, db: Db, p: Principal, smeId: string, flows: unknown[], now: number) {
  const sme = await findSme(db, p, smeId);
  if (sme.mock) {
    throw new ApiError(
      "sandbox_fixture_read_only",
      `${smeId} is a sandbox fixture with generated flows; register your own test SME to send flows.`,
      "sme_id",
    );
  }
  const ledger = ledgerOf(env, p, smeId);
  const owner = { institutionId: p.institutionId, environment: p.environment, smeId };
  const result = {
    received: flows.length,
    accepted: 0,
    duplicates: 0,
    rejected: [] as Awaited<ReturnType<typeof ledger.ingest>>["rejected"],
  };
  let summary = null;
  for (let start = 0; start < flows.length; start += MAX_FLOWS_PER_CALL) {
    const batch = await ledger.ingest(flows.slice(start, start + MAX_FLOWS_PER_CALL), now, owner);
    result.accepted += batch.accepted;
    result.duplicates += batch.duplicates;
    for (const r of batch.rejected) result.rejected.push({ ...r, index: r.index + start });
    summary = batch.summary;
  }
  if (result.accepted > 0 && summary) {
    const updated = await db
      .update(smes)
      // Racing requests may land out of order: counts only grow, so keep the largest view.
      .set({
        flowCount: sql`max(${smes.flowCount}, ${summary.count})`,
        firstFlowAt: sql`min(coalesce(${smes.firstFlowAt}, ${summary.firstAt}), ${summary.firstAt})`,
        lastFlowAt: sql`max(coalesce(${smes.lastFlowAt}, 0), ${summary.lastAt})`,
        updatedAt: now,
      })
      .where(ownSmes(p, eq(smes.smeId, smeId)))
      .returning({ seq: smes.seq });
    if (updated.length === 0) {
      await ledger.erase();
      throw smeNotFound(smeId);
    }
  }
  return result;
}
