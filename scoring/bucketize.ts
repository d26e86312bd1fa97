import { LONG_VIEW_DAYS, monthlyInflow } from "./features";
import type { DayBucket, Flow, LedgerWindow } from "./types";

/** One UTC day: the ledger's bucket, the window's unit. */
export const DAY_MS = 86_400_000;

/**
 * Aggregates raw flows into the window the ledger hands to scoring, exactly as the ledger does:
 * UTC day = floor(ms / 86,400,000); buckets only for days with flows inside
 * [asOfDay − windowDays + 1, asOfDay]; firstFlowDay over all flows (history is not windowed);
 * topCounterpartyInflow = the largest single payer's inflow within the window; monthlyInflow over
 * the long view's months, whatever the window.
 */
export function bucketize(flows: readonly Flow[], asOfDay: number, windowDays: number): LedgerWindow {
  const from = Math.min(asOfDay - windowDays + 1, asOfDay - LONG_VIEW_DAYS + 1);
  const windowFrom = asOfDay - windowDays + 1;
  const buckets = new Map<number, DayBucket>();
  const payers = new Map<string, number>();
  let firstFlowDay: number | null = null;
  for (const f of flows) {
    const day = Math.floor(Date.parse(f.occurred_at) / DAY_MS);
    firstFlowDay = firstFlowDay === null ? day : Math.min(firstFlowDay, day);
    if (day < from || day > asOfDay) continue;
    const b = buckets.get(day) ?? { day, inflow: 0, outflow: 0, inCount: 0, outCount: 0 };
    if (f.direction === "in") {
      b.inflow += f.amount;
      b.inCount++;
      if (f.counterparty !== undefined && day >= windowFrom) payers.set(f.counterparty, (payers.get(f.counterparty) ?? 0) + f.amount);
    } else {
      b.outflow += f.amount;
      b.outCount++;
    }
    buckets.set(day, b);
  }
  const all = [...buckets.values()].sort((a, b) => a.day - b.day);
  return {
    asOfDay,
    windowDays,
    days: all.filter((b) => b.day >= windowFrom),
    firstFlowDay,
    topCounterpartyInflow: Math.max(0, ...payers.values()),
    monthlyInflow: monthlyInflow(all, asOfDay, firstFlowDay),
  };
}
