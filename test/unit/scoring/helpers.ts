import { monthlyInflow } from "../../../scoring/features";
import type { DayBucket, LedgerWindow } from "../../../scoring/types";

/** A window ending on `asOfDay` whose last days carry these inflows/outflows (oldest first). */
export function windowOf(
  inflow: number[],
  outflow: number[] = inflow.map(() => 0),
  opts: { asOfDay?: number; windowDays?: number; top?: number } = {},
): LedgerWindow {
  const asOfDay = opts.asOfDay ?? 20_000;
  const first = asOfDay - inflow.length + 1;
  const days: DayBucket[] = inflow
    .map((x, i) => ({
      day: first + i,
      inflow: x,
      outflow: outflow[i] ?? 0,
      inCount: x > 0 ? 1 : 0,
      outCount: (outflow[i] ?? 0) > 0 ? 1 : 0,
    }))
    .filter((b) => b.inflow > 0 || b.outflow > 0);
  const firstFlowDay = days[0]?.day ?? null;
  return {
    asOfDay,
    windowDays: opts.windowDays ?? inflow.length,
    days,
    firstFlowDay,
    topCounterpartyInflow: opts.top ?? 0,
    monthlyInflow: monthlyInflow(days, asOfDay, firstFlowDay),
  };
}
