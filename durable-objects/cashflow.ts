import { DAY_MS } from "../scoring/bucketize";
import type { DayBucket } from "../scoring/types";
import type { CashflowInterval } from "../worker/contracts/cashflow";

/** One calendar month or ISO week (Monday to Sunday, UTC) of a ledger's day buckets. */
export interface CashflowPeriod {
  /** First and last day of the period, in whole days since 1970-01-01 UTC. */
  firstDay: number;
  lastDay: number;
  inflow: number;
  outflow: number;
  inCount: number;
  outCount: number;
}

/** The first day of the period holding `day`. 1970-01-01 was a Thursday: Mondays are day ≡ 4 (mod 7). */
export function periodStart(day: number, interval: CashflowInterval): number {
  if (interval === "week") return day - ((((day + 3) % 7) + 7) % 7);
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
}

/** The first day of the period after the one starting on `start`. */
function nextStart(start: number, interval: CashflowInterval): number {
  if (interval === "week") return start + 7;
  const d = new Date(start * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
}

/** The first days of the `count` periods ending with the one holding `asOfDay`, oldest first. */
export function periodStarts(asOfDay: number, interval: CashflowInterval, count: number): number[] {
  const starts = [periodStart(asOfDay, interval)];
  while (starts.length < count) starts.unshift(periodStart(starts[0]! - 1, interval));
  return starts;
}

/**
 * Folds day buckets into the `count` periods ending with the one holding `asOfDay`: every
 * period is present (zeros when no flow), oldest first; the last ends on its calendar end even
 * though days after `asOfDay` cannot have flows yet. Days outside the periods are ignored.
 */
export function foldCashflow(days: readonly DayBucket[], asOfDay: number, interval: CashflowInterval, count: number): CashflowPeriod[] {
  const periods = periodStarts(asOfDay, interval, count).map((firstDay) => ({
    firstDay,
    lastDay: nextStart(firstDay, interval) - 1,
    inflow: 0,
    outflow: 0,
    inCount: 0,
    outCount: 0,
  }));
  let i = 0;
  for (const d of [...days].sort((a, b) => a.day - b.day)) {
    if (d.day < periods[0]!.firstDay || d.day > asOfDay) continue;
    while (d.day > periods[i]!.lastDay) i++;
    const p = periods[i]!;
    p.inflow += d.inflow;
    p.outflow += d.outflow;
    p.inCount += d.inCount;
    p.outCount += d.outCount;
  }
  return periods;
}
