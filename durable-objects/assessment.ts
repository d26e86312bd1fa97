import type { Insufficiency } from "../scoring/sufficiency";
import type { Features } from "../scoring/types";

export interface LedgerSummary {
  count: number;
  firstAt: number | null;
  lastAt: number | null;
}

/** What scoring learns from a ledger: the window's features, or what it lacks to be scored. */
export type Assessment = { summary: LedgerSummary | null } & (
  | { features: Features; missing: null }
  | { features: null; missing: Insufficiency }
);
