import { and, eq, isNull, lt, or, type SQL } from "drizzle-orm";
import { apiKeys, type Environment, type Role } from "../../schema";
import type { Db } from "../data/db";
import { listPage } from "../data/list-page";
import type { Principal } from "../http/context";
import { ApiError } from "../http/errors";
import { ROLE_SCOPES } from "../http/scopes";
import { randomBase62, sha256Hex } from "../lib/crypto";
import { newId } from "../lib/ids";
import { iso, isoOrNull } from "../lib/time";
import { TtlMemo } from "../lib/ttl-memo";

const KEY_PREFIX: Record<Environment, string> = { test: "sk_test_", live: "sk_live_" };
/** 43 base62 characters ≈ 256 bits: a hash needs no salt or stretching at that entropy. */
const SECRET_LENGTH = 43;

export function environmentOfKey(secret: string): Environment | null {
  if (secret.startsWith(KEY_PREFIX.test)) return "test";
  if (secret.startsWith(KEY_PREFIX.live)) return "live";
  return null;
}

export interface NewKey {
  institutionId: string;
  environment: Environment;
  role: Role;
  name: string;
  team?: string | null;
}

/** Builds a key row and its one-time secret; the caller inserts the row (alone or in a batch). */
export async function mintApiKey(input: NewKey, now: number) {
  const secret = KEY_PREFIX[input.environment] + randomBase62(SECRET_LENGTH);
  const row = {
    id: newId("key"),
    institutionId: input.institutionId,
    environment: input.environment,
    name: input.name,
    role: input.role,
    team: input.team ?? null,
    secretHash: await sha256Hex(secret),
    prefix: secret.slice(0, KEY_PREFIX[input.environment].length + 4),
    last4: secret.slice(-4),
    createdAt: now,
    expiresAt: null,
    revokedAt: null,
    lastUsedAt: null,
  } satisfies Omit<ApiKeyRow, "seq">;
  return { row, secret };
}

/** Key rows by secret hash (see ttl-memo.ts for what remembering costs). */
const keyMemo = new TtlMemo<ApiKeyRow>();

/** The key row a bearer API key names (revoked or expired included), or undefined. */
export async function findApiKey(db: Db, secret: string, now: number): Promise<ApiKeyRow | undefined> {
  const environment = environmentOfKey(secret);
  if (!environment) return undefined;
  const secretHash = await sha256Hex(secret);
  return keyMemo.get(secretHash, now, () =>
    db.query.apiKeys.findFirst({ where: and(eq(apiKeys.secretHash, secretHash), eq(apiKeys.environment, environment)) }),
  );
}

/** The principal of a found key, or its refusal with the contract's codes. */
export function principalOfKey(key: ApiKeyRow | undefined, now: number): Principal {
  if (!key || key.revokedAt !== null) throw new ApiError("invalid_api_key", "The API key is not valid.");
  if (key.expiresAt !== null && key.expiresAt <= now) {
    throw new ApiError("expired_api_key", "The API key has expired; use its replacement.");
  }
  return {
    institutionId: key.institutionId,
    environment: key.environment,
    keyId: key.id,
    role: key.role,
    scopes: new Set(ROLE_SCOPES[key.role]),
  };
}

export async function revokeApiKey(db: Db, principal: Principal, keyId: string, now: number) {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(ownKeys(principal, eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  keyMemo.forget((_, key) => key.id === keyId);
  return rows.length > 0;
}

const ownKeys = (p: Principal, ...more: SQL[]) =>
  and(eq(apiKeys.institutionId, p.institutionId), eq(apiKeys.environment, p.environment), ...more);

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** What a listing may show of a key: never its secret or hash. */
export const toApiKey = (k: Omit<ApiKeyRow, "seq">) => ({
  object: "api_key" as const,
  id: k.id,
  name: k.name,
  role: k.role,
  team: k.team,
  prefix: k.prefix,
  last4: k.last4,
  created_at: iso(k.createdAt),
  expires_at: isoOrNull(k.expiresAt),
  last_used_at: isoOrNull(k.lastUsedAt),
});

export async function createApiKey(db: Db, p: Principal, input: Omit<NewKey, "institutionId" | "environment">, now: number) {
  const { row, secret } = await mintApiKey({ ...input, institutionId: p.institutionId, environment: p.environment }, now);
  const [stored] = await db.insert(apiKeys).values(row).returning();
  return { ...toApiKey(stored!), secret };
}

export async function listApiKeys(db: Db, p: Principal, q: { limit: number; cursor?: string | undefined }) {
  return listPage(db, apiKeys, ownKeys(p, isNull(apiKeys.revokedAt)), q, toApiKey);
}

/** A new secret for the same role; the old one keeps working until `expiresAt`, then fails. */
export async function rollApiKey(db: Db, p: Principal, keyId: string, oldExpiresAt: number, now: number) {
  const old = await db.query.apiKeys.findFirst({ where: ownKeys(p, eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)) });
  if (!old) throw new ApiError("resource_not_found", `No API key ${keyId}.`, "id");
  const { row, secret } = await mintApiKey({ ...old, institutionId: p.institutionId, environment: p.environment }, now);
  const expiresAt = Math.min(oldExpiresAt, old.expiresAt ?? Infinity);
  await db.batch([db.update(apiKeys).set({ expiresAt }).where(eq(apiKeys.id, old.id)), db.insert(apiKeys).values(row)]);
  keyMemo.forget((_, key) => key.id === old.id);
  return { ...toApiKey(row), secret };
}

const TOUCH_EVERY_MS = 60_000;

/** Whether `last_used_at` is stale enough to write: once a minute at most keeps auth a pure read. */
export const needsTouch = (key: Pick<ApiKeyRow, "lastUsedAt">, now: number) =>
  key.lastUsedAt === null || key.lastUsedAt < now - TOUCH_EVERY_MS;

/**
 * Marks a key used; the condition repeats `needsTouch` so racing requests write once. The row
 * in hand (the remembered one) is marked too, so this instance does not touch it again soon.
 */
export const touchApiKey = (db: Db, key: ApiKeyRow, now: number) => {
  key.lastUsedAt = now;
  return db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, key.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, now - TOUCH_EVERY_MS))));
};
