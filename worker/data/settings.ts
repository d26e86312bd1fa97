import { and, eq } from "drizzle-orm";
import { institutionSettings } from "../../schema";
import type { EventSettings } from "../events/derive";
import type { Tenant } from "../http/context";
import type { Db } from "./db";

/** Until an institution says otherwise: 550 is the contract's threshold; a 10 % PD is about grade D. */
export const DEFAULT_SETTINGS: EventSettings = { scoreThreshold: 550, riskZonePd: 0.1 };

const own = (t: Tenant) => and(eq(institutionSettings.institutionId, t.institutionId), eq(institutionSettings.environment, t.environment));

export const settingsQuery = (db: Db, t: Tenant) => db.select().from(institutionSettings).where(own(t)).limit(1);

export const settingsOf = (rows: { scoreThreshold: number; riskZonePd: number }[]): EventSettings =>
  rows[0] ? { scoreThreshold: rows[0].scoreThreshold, riskZonePd: rows[0].riskZonePd } : DEFAULT_SETTINGS;

export async function updateSettings(db: Db, t: Tenant, patch: Partial<EventSettings>, now: number): Promise<EventSettings> {
  const current = settingsOf(await settingsQuery(db, t));
  // An empty update changes nothing, so it writes nothing (the defaults need no row).
  if (Object.keys(patch).length === 0) return current;
  const next = { ...current, ...patch };
  await db
    .insert(institutionSettings)
    .values({ ...t, ...next, updatedAt: now })
    .onConflictDoUpdate({ target: [institutionSettings.institutionId, institutionSettings.environment], set: { ...next, updatedAt: now } });
  return next;
}
