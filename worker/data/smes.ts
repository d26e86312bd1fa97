import type { z } from "@hono/zod-openapi";
import { and, eq, type SQL } from "drizzle-orm";
import { type SmeRow, smes } from "../../schema";
import type { CreateSmeBody, Sme, SmeListQuery, UpdateSmeBody } from "../contracts/smes";
import type { Principal, Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { page } from "../http/pagination";
import { iso, isoOrNull } from "../lib/time";
import { type Db, database } from "./db";
import { ledgerOf } from "./ledger";
import { listQuery } from "./list-page";
import {
  type Account,
  accountAlreadyRegistered,
  accountsOf,
  assertAccountsFree,
  isAccountConflict,
  normalizeAccount,
  replaceAccounts,
} from "./sme-accounts";

/** The principal's own, live (not being erased) SMEs: every SME query starts here. */
export const ownSmes = (p: Tenant, ...more: (SQL | undefined)[]) =>
  and(eq(smes.institutionId, p.institutionId), eq(smes.environment, p.environment), eq(smes.status, "active"), ...more);

export function toSme(row: SmeRow, accounts: Account[]): Sme {
  return {
    object: "sme",
    sme_id: row.smeId,
    name: row.name,
    sector: row.sector as Sme["sector"],
    country: row.country as Sme["country"],
    identifiers: row.identifiers,
    metadata: row.metadata,
    accounts,
    flows: { count: row.flowCount, first_at: isoOrNull(row.firstFlowAt), last_at: isoOrNull(row.lastFlowAt) },
    latest_score:
      row.latestScore === null || row.latestScoredAt === null
        ? null
        : {
            score: row.latestScore,
            grade: row.latestGrade as "A",
            scored_at: iso(row.latestScoredAt),
          },
    created_at: iso(row.createdAt),
  };
}

/** The row a registration inserts: what single and bulk registration share. */
export const newSmeRow = (p: Tenant, body: z.infer<typeof CreateSmeBody>, now: number) => ({
  institutionId: p.institutionId,
  environment: p.environment,
  smeId: body.sme_id,
  name: body.name ?? null,
  sector: body.sector,
  country: body.country,
  identifiers: body.identifiers ?? {},
  metadata: body.metadata ?? {},
  createdAt: now,
  updatedAt: now,
});

/**
 * The SME row, then its accounts (refused up front if another SME holds one). Should a racing
 * request take an account in between, the new row is removed again: a refused create stores nothing.
 */
export async function createSme(db: Db, p: Principal, body: z.infer<typeof CreateSmeBody>, now: number): Promise<Sme> {
  const accounts = (body.accounts ?? []).map(normalizeAccount);
  await assertAccountsFree(db, p, body.sme_id, accounts);
  const [row] = await db
    .insert(smes)
    .values(newSmeRow(p, body, now))
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ApiError("sme_already_exists", `An SME with sme_id ${body.sme_id} already exists.`, "sme_id");
  if (accounts.length > 0) {
    try {
      await db.batch(replaceAccounts(db, p, body.sme_id, accounts, now, ownSmes(p, eq(smes.smeId, body.sme_id))));
    } catch (err) {
      if (!isAccountConflict(err)) throw err;
      await db.delete(smes).where(eq(smes.seq, row.seq));
      throw accountAlreadyRegistered(accounts[0]!);
    }
  }
  return toSme(row, accounts);
}

export const smeNotFound = (smeId: string) => new ApiError("sme_not_found", `No SME with sme_id ${smeId}.`, "sme_id");

export async function findSme(db: Db, p: Tenant, smeId: string): Promise<SmeRow> {
  const row = await db.query.smes.findFirst({ where: ownSmes(p, eq(smes.smeId, smeId)) });
  if (!row) throw smeNotFound(smeId);
  return row;
}

export async function retrieveSme(db: Db, p: Tenant, smeId: string): Promise<Sme> {
  const [row, accounts] = await Promise.all([findSme(db, p, smeId), accountsOf(db, p, [smeId])]);
  return toSme(row, accounts.get(smeId) ?? []);
}

export async function listSmes(db: Db, p: Principal, q: z.infer<typeof SmeListQuery> & { limit: number; cursor?: string | undefined }) {
  const where = ownSmes(p, q.sector ? eq(smes.sector, q.sector) : undefined, q.country ? eq(smes.country, q.country) : undefined);
  const rows = await listQuery(db, smes, where, q);
  const accounts = await accountsOf(
    db,
    p,
    rows.slice(0, q.limit).map((r) => r.smeId),
  );
  return page(rows, q.limit, (row) => toSme(row, accounts.get(row.smeId) ?? []));
}

/**
 * A new sector changes what the SME is scored against: its ledger forgets the one it remembers.
 * New accounts replace the old in the same D1 batch as the row's update, so a conflict changes nothing.
 */
export async function updateSme(env: Env, p: Principal, smeId: string, patch: z.infer<typeof UpdateSmeBody>, now: number): Promise<Sme> {
  const db = database(env.DB);
  const accounts = patch.accounts?.map(normalizeAccount);
  if (accounts) await assertAccountsFree(db, p, smeId, accounts);
  const update = db
    .update(smes)
    .set({
      updatedAt: now,
      ...(patch.name === undefined ? {} : { name: patch.name }),
      ...(patch.sector === undefined ? {} : { sector: patch.sector }),
      ...(patch.identifiers === undefined ? {} : { identifiers: patch.identifiers }),
      ...(patch.metadata === undefined ? {} : { metadata: patch.metadata }),
    })
    .where(ownSmes(p, eq(smes.smeId, smeId)))
    .returning();
  let row: SmeRow | undefined;
  try {
    [[row]] = accounts
      ? await db.batch([update, ...replaceAccounts(db, p, smeId, accounts, now, ownSmes(p, eq(smes.smeId, smeId)))])
      : [await update];
  } catch (err) {
    if (accounts && isAccountConflict(err)) throw accountAlreadyRegistered(accounts[0]!);
    throw err;
  }
  if (!row) throw smeNotFound(smeId);
  if (patch.sector !== undefined) await ledgerOf(env, p, smeId).forget();
  return toSme(row, accounts ?? (await accountsOf(db, p, [smeId])).get(smeId) ?? []);
}
