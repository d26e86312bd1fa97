import { and, asc, count, eq, gt, lte } from "drizzle-orm";
import { scores, smes } from "../../schema";
import type { ScoreRecord } from "../contracts/scores";
import type { Tenant } from "../http/context";
import { type Db, database } from "./db";
import { type LedgerOwner, ledgerOf } from "./ledger";
import { ownSmes } from "./smes";

// D1's `scores` table from before score history moved into each SME's ledger: nothing writes
// it any more. A ledger imports its SME's rows once and deletes them here (on its first answer,
// or when the cron asks it); erasure deletes any left. Once it is empty, a migration drops it
// (docs/capacity.md).

const CHUNK = 500;
/** SMEs whose ledgers the cron asks to import, per run: 14,400 a day at one run every 5 minutes. */
const IMPORTS_PER_RUN = 50;

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

/** Deletes the SME's D1 scores (up to `seq`), once its ledger holds them. */
export const forgetLegacyScores = (db: Db, owner: LedgerOwner, seq?: number) =>
  db.delete(scores).where(and(its(owner, owner.smeId), seq === undefined ? undefined : lte(scores.seq, seq)));

/** Erasure's statements for the SME's D1 scores still there (a ledger that never imported them). */
export const eraseLegacyScores = (db: Db, t: Tenant, smeId: string) => ({
  count: db.select({ n: count() }).from(scores).where(its(t, smeId)),
  delete: db.delete(scores).where(its(t, smeId)),
});

/**
 * The cron's share of the move: asks up to `IMPORTS_PER_RUN` active SMEs' ledgers that still
 * have rows here to import them, so that the table empties even for SMEs nobody asks about.
 * A ledger that had imported already (rows left by a failed delete) has copies: they go.
 */
export async function importLegacyScores(env: Env) {
  const db = database(env.DB);
  const owners = await db
    .selectDistinct({ institutionId: scores.institutionId, environment: scores.environment, smeId: scores.smeId })
    .from(scores)
    .innerJoin(
      smes,
      and(
        eq(smes.institutionId, scores.institutionId),
        eq(smes.environment, scores.environment),
        eq(smes.smeId, scores.smeId),
        eq(smes.status, "active"),
      ),
    )
    .limit(IMPORTS_PER_RUN);
  for (const owner of owners) {
    if (await ledgerOf(env, owner, owner.smeId).importHistory(owner)) await forgetLegacyScores(db, owner);
  }
}
