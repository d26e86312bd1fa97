import { eq, sql } from "drizzle-orm";
import { smes } from "../../schema";
import { type FlowRejectCode, MAX_FLOWS_PER_CALL } from "../contracts/flows";
import type { Principal } from "../http/context";
import { ApiError } from "../http/errors";
import type { Db } from "./db";
import { checkFlow, type FlowRow } from "./flow-rules";
import { ledgerOf } from "./ledger";
import { findSme, ownSmes, smeNotFound } from "./smes";

/**
 * Checks each flow on its own, hands the good ones to the SME's ledger in batches of
 * `MAX_FLOWS_PER_CALL` (a connector's statement can hold tens of thousands), then copies its new
 * counts onto the SME row. If the
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
    rejected: [] as { index: number; code: FlowRejectCode; message: string }[],
  };
  let summary: Awaited<ReturnType<typeof ledger.ingest>>["summary"] | null = null;
  let rows: FlowRow[] = [];
  const store = async () => {
    const batch = await ledger.ingest(rows, now, owner);
    rows = [];
    result.accepted += batch.accepted;
    result.duplicates += batch.duplicates;
    return batch.summary;
  };
  for (const [index, item] of flows.entries()) {
    const check = checkFlow(item, now);
    if (!check.ok) result.rejected.push({ index, code: check.code, message: check.message });
    else if (rows.push(check.row) === MAX_FLOWS_PER_CALL) summary = await store();
  }
  if (rows.length > 0) summary = await store();
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
