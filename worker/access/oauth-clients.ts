import { and, eq, isNull, lt, or, type SQL } from "drizzle-orm";
import { type Environment, oauthClients, type Role } from "../../schema";
import type { Db } from "../data/db";
import { listPage } from "../data/list-page";
import type { Principal } from "../http/context";
import { randomBase62, secretsEqual, sha256Hex } from "../lib/crypto";
import { newId } from "../lib/ids";
import { iso, isoOrNull } from "../lib/time";
import { TtlMemo } from "../lib/ttl-memo";

const SECRET_PREFIX: Record<Environment, string> = { test: "cs_test_", live: "cs_live_" };
/** ≈ 256 bits, like API keys: a plain SHA-256 needs no salt or stretching at that entropy. */
const SECRET_LENGTH = 43;
/** Compared against when the client_id is unknown, so timing does not tell which ids exist. */
const NO_CLIENT_HASH = "0".repeat(64);

export type OAuthClientRow = typeof oauthClients.$inferSelect;

const ownClients = (p: Principal, ...more: SQL[]) =>
  and(eq(oauthClients.institutionId, p.institutionId), eq(oauthClients.environment, p.environment), ...more);

/** What a listing may show of a client: never its secret or hash. */
export const toOAuthClient = (row: OAuthClientRow) => ({
  object: "oauth_client" as const,
  client_id: row.id,
  name: row.name,
  role: row.role,
  team: row.team,
  environment: row.environment,
  created_at: iso(row.createdAt),
  last_used_at: isoOrNull(row.lastUsedAt),
});

/** A client in the principal's institution and environment; its secret is returned once. */
export async function createOAuthClient(db: Db, p: Principal, input: { name: string; role: Role; team?: string | undefined }, now: number) {
  const secret = SECRET_PREFIX[p.environment] + randomBase62(SECRET_LENGTH);
  const [row] = await db
    .insert(oauthClients)
    .values({
      id: newId("cli"),
      institutionId: p.institutionId,
      environment: p.environment,
      name: input.name,
      role: input.role,
      team: input.team ?? null,
      secretHash: await sha256Hex(secret),
      createdAt: now,
    })
    .returning();
  return { ...toOAuthClient(row!), client_secret: secret };
}

export async function listOAuthClients(db: Db, p: Principal, q: { limit: number; cursor?: string | undefined }) {
  return listPage(db, oauthClients, ownClients(p, isNull(oauthClients.revokedAt)), q, toOAuthClient);
}

/**
 * Revoked clients get no new token at once; their outstanding tokens are refused on the next
 * request here, and within MEMO_MS by every other instance.
 */
export async function revokeOAuthClient(db: Db, p: Principal, clientId: string, now: number) {
  const rows = await db
    .update(oauthClients)
    .set({ revokedAt: now })
    .where(ownClients(p, eq(oauthClients.id, clientId), isNull(oauthClients.revokedAt)))
    .returning({ id: oauthClients.id });
  clientMemo.forget((id) => id === clientId);
  return rows.length > 0;
}

export const findOAuthClient = (db: Db, clientId: string) => db.query.oauthClients.findFirst({ where: eq(oauthClients.id, clientId) });

const clientMemo = new TtlMemo<OAuthClientRow>();

/** The client an access token names, as remembered by this instance (see ttl-memo.ts). */
export const rememberedOAuthClient = (db: Db, clientId: string, now: number) =>
  clientMemo.get(clientId, now, () => findOAuthClient(db, clientId));

/**
 * Whether `secret` is this active client's, compared in constant time. An unknown client is
 * compared against a dummy hash, so timing does not tell which client ids exist.
 */
export async function clientSecretMatches(row: OAuthClientRow | undefined, secret: string) {
  const matches = await secretsEqual(await sha256Hex(secret), row?.secretHash ?? NO_CLIENT_HASH);
  return row !== undefined && matches && row.revokedAt === null;
}

/** Marks a client used when it gets a token, at most once a minute. */
export const touchOAuthClient = (db: Db, clientId: string, now: number) =>
  db
    .update(oauthClients)
    .set({ lastUsedAt: now })
    .where(and(eq(oauthClients.id, clientId), or(isNull(oauthClients.lastUsedAt), lt(oauthClients.lastUsedAt, now - 60_000))));
