import { historyDays } from "./features";
import type { LedgerWindow } from "./types";

/**
 * Below these, the features are noise rather than behaviour. 30 days of history is one month
 * cycle (rent, salaries, supplier terms) and gives the trend and regularity four whole weeks;
 * 10 inflow days keeps the margin, concentration and anomaly statistics from resting on a
 * handful of payments. Both are deliberately low: a thin file still gets a score, the history
 * feature marks it down.
 */
export const MIN_HISTORY_DAYS = 30;
export const MIN_INFLOW_DAYS = 10;

export interface Shortfall {
  requirement: "history_days" | "inflow_days";
  need: number;
  have: number;
}

export interface Insufficiency {
  message: string;
  missing: Shortfall[];
}

/** null when the window can be scored; otherwise what is missing, in words and in numbers. */
export function checkSufficiency(w: LedgerWindow): Insufficiency | null {
  const history = historyDays(w);
  const from = w.asOfDay - w.windowDays + 1;
  const inflowDays = w.days.filter((d) => d.day >= from && d.day <= w.asOfDay && d.inflow > 0).length;
  const missing: Shortfall[] = [];
  if (history < MIN_HISTORY_DAYS) missing.push({ requirement: "history_days", need: MIN_HISTORY_DAYS, have: history });
  if (inflowDays < MIN_INFLOW_DAYS) missing.push({ requirement: "inflow_days", need: MIN_INFLOW_DAYS, have: inflowDays });
  if (missing.length === 0) return null;
  const words = missing.map((m) =>
    m.requirement === "history_days"
      ? `need at least ${m.need} days of history, have ${m.have}`
      : `need at least ${m.need} days with inflows in the ${w.windowDays}-day window, have ${m.have}`,
  );
  return { message: `Not enough data to score: ${words.join("; ")}.`, missing };
}
