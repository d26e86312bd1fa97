export const SECTORS = [
  "commerce",
  "agriculture",
  "manufacturing",
  "construction",
  "transport",
  "hospitality",
  "services",
  "health",
  "education",
  "technology",
] as const;
export type Sector = (typeof SECTORS)[number];

export const GRADES = ["A", "B", "C", "D", "E"] as const;
export type Grade = (typeof GRADES)[number];

/** The scorecard's characteristics, in the order reason codes R01… are assigned. */
export const FEATURE_NAMES = [
  "inflow_regularity",
  "net_margin",
  "inflow_trend",
  "activity",
  "customer_concentration",
  "liquidity_stress",
  "anomalies",
  "history_days",
  "inflow_change",
  "inflow_off_peak",
  "inflow_year_on_year",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** One UTC day of an SME's ledger. day = whole days since 1970-01-01 UTC. */
export interface DayBucket {
  day: number;
  inflow: number;
  outflow: number;
  inCount: number;
  outCount: number;
}

/** What the ledger hands to the core: sparse buckets (only days with flows) inside [asOfDay - windowDays + 1, asOfDay]. */
export interface LedgerWindow {
  asOfDay: number;
  windowDays: number;
  days: DayBucket[];
  firstFlowDay: number | null;
  /** Inflow, within the window, from the single largest counterparty (0 if none known). */
  topCounterpartyInflow: number;
  /**
   * The long view, whatever the window: takings of whole 30-day months counted back from the
   * as-of day, oldest first, at most 13 and none that starts before the first flow (see
   * `monthlyInflow` in features.ts).
   */
  monthlyInflow: number[];
}

export interface Flow {
  id: string;
  /** RFC 3339 */
  occurred_at: string;
  /** Positive integer XOF. */
  amount: number;
  direction: "in" | "out";
  counterparty?: string;
  channel?: "pi_spi" | "mobile_money" | "card" | "bank_transfer" | "cash";
}
