import { and, asc, count, eq, gt, lte } from "drizzle-orm";
import { scores, smes } from "../../schema";
import type { ScoreRecord } from "../contracts/scores";
import type { Tenant } from "../http/context";
import type { Db } from "./db";
import type { LedgerOwner } from "./ledger";
import { ownSmes } from "./smes";

// D1's `scores` table from before score history moved into each SME's ledger: nothing writes
// it any more. A ledger imports its SME's rows once and deletes them here; erasure deletes any
// left. See docs/capacity.md for when the table is dropped.

const CHUNK = 500;

const its = (t: Tenant, smeId: string) =>
  and(eq(scores.institutionId, t.institutionId), eq(scores.environment, t.environment), eq(scores.smeId, smeId));

/**
 * The SME's D1 scores, oldest first, with their D1 `seq`. Only while the SME is active: once
 * erasure has marked it, a ledger it already wiped must not get them back.
 */
export async function legacyScores(db: Db, owner: LedgerOwner): Promise<(ScoreRecord & { seq: number })[]> {
  const active = ownSmes(owner, eq(smes.smeId, owner.smeId));
  const found: (ScoreRecord & { seq: number })[] = [];
  for (let after = 0; ; ) {
    const rows = await db
      .select({ row: scores })
      .from(scores)
      .innerJoin(smes, active)
      .where(and(its(owner, owner.smeId), gt(scores.seq, after)))
      .orderBy(asc(scores.seq))
      .limit(CHUNK);
    for (const { row } of rows) {
      found.push({
        ...row,
        grade: row.grade as ScoreRecord["grade"],
        sector: row.sector as ScoreRecord["sector"],
      });
    }
    if (rows.length < CHUNK) return found;
    after = rows[rows.length - 1]!.row.seq;
  }
}

/** Deletes the SME's D1 scores up to `seq`, once its ledger holds them. */
export const forgetLegacyScores = (db: Db, owner: LedgerOwner, seq: number) =>
  db.delete(scores).where(and(its(owner, owner.smeId), lte(scores.seq, seq)));

/** Erasure's statements for the SME's D1 scores still there (a ledger that never imported them). */
export const eraseLegacyScores = (db: Db, t: Tenant, smeId: string) => ({
  count: db.select({ n: count() }).from(scores).where(its(t, smeId)),
  delete: db.delete(scores).where(its(t, smeId)),
});
