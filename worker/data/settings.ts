import { and, eq } from "drizzle-orm";
import { institutionSettings } from "../../schema";
import type { EventSettings } from "../../scoring/events/derive";
import type { Tenant } from "../http/context";
import { TtlMemo } from "../lib/ttl-memo";
import type { Db } from "./db";

/** Until an institution says otherwise: 550 is the contract's threshold; a 10 % PD is about grade D. */
export const DEFAULT_SETTINGS: EventSettings = { scoreThreshold: 550, riskZonePd: 0.1 };

const own = (t: Tenant) => and(eq(institutionSettings.institutionId, t.institutionId), eq(institutionSettings.environment, t.environment));

export const settingsQuery = (db: Db, t: Tenant) => db.select().from(institutionSettings).where(own(t)).limit(1);

export const settingsOf = (rows: { scoreThreshold: number; riskZonePd: number }[]): EventSettings =>
  rows[0] ? { scoreThreshold: rows[0].scoreThreshold, riskZonePd: rows[0].riskZonePd } : DEFAULT_SETTINGS;

const memo = new TtlMemo<EventSettings>();
const memoKey = (t: Tenant) => `${t.institutionId}:${t.environment}`;

/** The settings a new score's events are derived with, as this instance remembers them (see ttl-memo.ts). */
export const currentSettings = (db: Db, t: Tenant, now: number) =>
  memo.get(memoKey(t), now, async () => settingsOf(await settingsQuery(db, t))) as Promise<EventSettings>;

export async function updateSettings(db: Db, t: Tenant, patch: Partial<EventSettings>, now: number): Promise<EventSettings> {
  const current = settingsOf(await settingsQuery(db, t));
  // An empty update changes nothing, so it writes nothing (the defaults need no row).
  if (Object.keys(patch).length === 0) return current;
  const next = { ...current, ...patch };
  await db
    .insert(institutionSettings)
    .values({ ...t, ...next, updatedAt: now })
    .onConflictDoUpdate({ target: [institutionSettings.institutionId, institutionSettings.environment], set: { ...next, updatedAt: now } });
  memo.forget((key) => key === memoKey(t));
  return next;
}
