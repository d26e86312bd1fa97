import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { type AccountScheme, smeAccounts, smes } from "../../schema";
import { normalizeIban } from "../connectors/iban";
import type { Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { IDS_PER_READ } from "./d1-batches";
import type { Db } from "./db";

export interface Account {
  scheme: AccountScheme;
  id: string;
}

/** The form an identifier is stored and matched in: IBANs without spaces, upper case. */
export const normalizeAccount = (a: Account): Account => ({
  scheme: a.scheme,
  id: a.scheme === "iban" ? normalizeIban(a.id) : a.id.trim(),
});

const theirs = (p: Tenant, ...more: ReturnType<typeof eq>[]) =>
  and(eq(smeAccounts.institutionId, p.institutionId), eq(smeAccounts.environment, p.environment), ...more);

const matching = (accounts: Account[]) =>
  or(...accounts.map((a) => and(eq(smeAccounts.scheme, a.scheme), eq(smeAccounts.accountId, a.id))));

/** The accounts of each SME named, in the order they were given. */
export async function accountsOf(db: Db, p: Tenant, smeIds: string[]): Promise<Map<string, Account[]>> {
  const out = new Map<string, Account[]>(smeIds.map((id) => [id, []]));
  for (let i = 0; i < smeIds.length; i += IDS_PER_READ) {
    const rows = await db
      .select({ smeId: smeAccounts.smeId, scheme: smeAccounts.scheme, id: smeAccounts.accountId })
      .from(smeAccounts)
      .where(and(theirs(p), inArray(smeAccounts.smeId, smeIds.slice(i, i + IDS_PER_READ))))
      // In the index's order (tenant, sme, position): no sort, however many SMEs a page names.
      .orderBy(asc(smeAccounts.smeId), asc(smeAccounts.position));
    for (const r of rows) out.get(r.smeId)?.push({ scheme: r.scheme, id: r.id });
  }
  return out;
}

/** Which SME holds each account, keyed `scheme:id`; accounts nobody holds are absent. */
export async function accountOwners(db: Db, p: Tenant, accounts: Account[]): Promise<Map<string, string>> {
  if (accounts.length === 0) return new Map();
  const rows = await db
    .select({ scheme: smeAccounts.scheme, id: smeAccounts.accountId, smeId: smeAccounts.smeId })
    .from(smeAccounts)
    .where(and(theirs(p), matching(accounts)));
  return new Map(rows.map((r) => [`${r.scheme}:${r.id}`, r.smeId]));
}

export const accountAlreadyRegistered = (a: Account) =>
  new ApiError("account_already_registered", `This ${a.scheme} is already an account of another SME.`, "accounts");

/** Refuses, before anything is written, accounts another SME of this tenant already holds. */
export async function assertAccountsFree(db: Db, p: Tenant, smeId: string, accounts: Account[]) {
  const owners = await accountOwners(db, p, accounts);
  const taken = accounts.find((a) => {
    const owner = owners.get(`${a.scheme}:${a.id}`);
    return owner !== undefined && owner !== smeId;
  });
  if (taken) throw accountAlreadyRegistered(taken);
}

/**
 * Statements replacing an SME's accounts, for the caller's batch. Each insert copies the tenancy
 * from the SME's row as `activeSme` (the caller's `ownSmes` condition) selects it, so an SME
 * erased meanwhile gets no account back.
 */
export function replaceAccounts(db: Db, p: Tenant, smeId: string, accounts: Account[], now: number, activeSme: SQL | undefined) {
  return [
    db.delete(smeAccounts).where(theirs(p, eq(smeAccounts.smeId, smeId))),
    ...accounts.map((a, position) =>
      db.insert(smeAccounts).select(
        db
          .select({
            institutionId: smes.institutionId,
            environment: smes.environment,
            scheme: sql<AccountScheme>`${a.scheme}`.as("scheme"),
            accountId: sql<string>`${a.id}`.as("account_id"),
            smeId: smes.smeId,
            position: sql<number>`${position}`.as("position"),
            createdAt: sql<number>`${now}`.as("created_at"),
          })
          .from(smes)
          .where(activeSme),
      ),
    ),
  ] as const;
}

/** Erasure's statement: the SME's accounts go with it. */
export const eraseAccounts = (db: Db, p: Tenant, smeId: string) => db.delete(smeAccounts).where(theirs(p, eq(smeAccounts.smeId, smeId)));

/** D1's answer when two writers raced for the same account. */
export const isAccountConflict = (err: unknown) => String(err).includes("UNIQUE constraint failed: sme_accounts");
