export const SECTORS = ["commerce","agriculture","manufacturing","construction","transport","hospitality","services","health","education","technology"] as const;
export type Sector = typeof SECTORS[number];
export const GRADES = ["A","B","C","D","E"] as const; export type Grade = typeof GRADES[number];
/** One UTC day of an SME's ledger. day = whole days since 1970-01-01 UTC. */
export interface DayBucket { day: number; inflow: number; outflow: number; inCount: number; outCount: number }
/** What the ledger hands to the core: sparse buckets (only days with flows) inside [asOfDay - windowDays + 1, asOfDay]. */
export interface LedgerWindow { asOfDay: number; windowDays: number; days: DayBucket[]; firstFlowDay: number | null; topCounterpartyInflow: number /* inflow, within the window, from the single largest counterparty (0 if none known) */ }
export interface Flow { id: string; occurred_at: string /* RFC3339 */; amount: number /* positive int XOF */; direction: "in" | "out"; counterparty?: string; channel?: "pi_spi"|"mobile_money"|"card"|"bank_transfer"|"cash" }
