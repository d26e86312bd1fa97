import { eq, sql } from "drizzle-orm";
import { smes } from "../../schema";
import type { Principal } from "../http/context";
import { ApiError } from "../http/errors";
import type { Db } from "./db";
import { ledgerOf } from "./ledger";
import { findSme, ownSmes, smeNotFound } from "./smes";

/**
 * Hands the flows to the SME's ledger, then copies its new counts onto the SME row. If the SME
 * was erased while the ledger was writing, the row is gone: the ledger is wiped again so
 * nothing of an erased SME survives, and the caller gets the 404 it would have got a moment later.
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
  const { summary, ...result } = await ledger.ingest(flows, now, { institutionId: p.institutionId, environment: p.environment, smeId });
  if (result.accepted > 0) {
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
