import type { Sector } from "./types";

/**
 * How each sector's cash flows move through the week and the year, for the synthetic generator.
 * Rough, plausible shapes for UEMOA SMEs (harvest and lean seasons, school terms, weekend
 * trade), not measured ones; what matters is that sectors differ, so grades must be relative.
 */
export interface SectorPattern {
  /** Relative swing of inflows over the year (0.2 = ±20 %). */
  seasonality: number;
  /** Day of the year (0–365) when inflows peak. */
  peakDayOfYear: number;
  /** Chance of trading on each weekday, Sunday first (multiplies the SME's own activity). */
  weekday: readonly [number, number, number, number, number, number, number];
  /** Multiplies the SME's week-to-week volatility: some trades are lumpier than others. */
  lumpiness: number;
  /** Multiplies takings during Ramadan, which moves 11 days earlier each year: shops sell more
   * before the feast, restaurants less while people fast by day. */
  ramadan: number;
}

const SHOP = [0.55, 1, 1, 1, 1, 1, 1] as const;
const OFFICE = [0.1, 1, 1, 1, 1, 1, 0.45] as const;
const EVERY_DAY = [0.9, 0.85, 0.85, 0.9, 0.95, 1, 1] as const;

export const SECTOR_PATTERNS: Record<Sector, SectorPattern> = {
  commerce: { seasonality: 0.15, peakDayOfYear: 350, weekday: SHOP, lumpiness: 1, ramadan: 1.2 },
  agriculture: { seasonality: 0.25, peakDayOfYear: 320, weekday: SHOP, lumpiness: 1.1, ramadan: 1 },
  manufacturing: { seasonality: 0.1, peakDayOfYear: 60, weekday: OFFICE, lumpiness: 1.05, ramadan: 1 },
  construction: { seasonality: 0.2, peakDayOfYear: 90, weekday: OFFICE, lumpiness: 1.1, ramadan: 0.9 },
  transport: { seasonality: 0.15, peakDayOfYear: 330, weekday: EVERY_DAY, lumpiness: 1, ramadan: 1.1 },
  hospitality: { seasonality: 0.2, peakDayOfYear: 5, weekday: [1, 0.7, 0.7, 0.75, 0.85, 1, 1], lumpiness: 1.05, ramadan: 0.75 },
  services: { seasonality: 0.1, peakDayOfYear: 150, weekday: OFFICE, lumpiness: 0.9, ramadan: 0.95 },
  health: { seasonality: 0.1, peakDayOfYear: 240, weekday: EVERY_DAY, lumpiness: 0.85, ramadan: 1 },
  education: { seasonality: 0.2, peakDayOfYear: 280, weekday: OFFICE, lumpiness: 1.05, ramadan: 1 },
  technology: { seasonality: 0.1, peakDayOfYear: 180, weekday: OFFICE, lumpiness: 1.1, ramadan: 1 },
};
