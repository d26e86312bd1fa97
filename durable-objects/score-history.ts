import type { ScoreRecord } from "../worker/contracts/scores";

// An SME's score history, in its ledger's SQLite (the `scores` table of ledger-schema.ts).
// Plain functions over the ledger's SQL: the ledger decides when they run (one score at a time).

/**
 * In `meta` once the history is the SME's whole history: its D1 rows imported, or its first
 * score written here. From then on D1's legacy `scores` table is never asked about this SME.
 */
const IMPORTED = "scores_imported";

const COLUMNS = "id, score, grade, pd, trend, sector, signals, reasons, window_days, official, model, scored_at";

/** A history row: the record, and its place in the history (what the cursor holds). */
export type HistoryRow = ScoreRecord & { seq: number };

/** SQLite cursors need index-signature-compatible rows: a type alias, not an interface. */
type Stored = {
  seq: number;
  id: string;
  score: number;
  grade: string;
  pd: number;
  trend: string;
  sector: string;
  signals: string;
  reasons: string;
  window_days: number;
  official: number;
  model: string;
  scored_at: number;
};

const toRow = (smeId: string, r: Stored): HistoryRow => ({
  seq: r.seq,
  id: r.id,
  smeId,
  score: r.score,
  grade: r.grade as ScoreRecord["grade"],
  pd: r.pd,
  trend: r.trend as ScoreRecord["trend"],
  sector: r.sector as ScoreRecord["sector"],
  signals: JSON.parse(r.signals) as ScoreRecord["signals"],
  reasons: JSON.parse(r.reasons) as ScoreRecord["reasons"],
  windowDays: r.window_days,
  official: r.official === 1,
  model: r.model,
  scoredAt: r.scored_at,
});

/** Appends scores, oldest first, and marks the history whole. Run it inside `transactionSync`. */
export function appendScores(sql: SqlStorage, records: readonly ScoreRecord[]) {
  for (const r of records) {
    sql.exec(
      `INSERT INTO scores (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      r.id,
      r.score,
      r.grade,
      r.pd,
      r.trend,
      r.sector,
      JSON.stringify(r.signals),
      JSON.stringify(r.reasons),
      r.windowDays,
      r.official ? 1 : 0,
      r.model,
      r.scoredAt,
    );
  }
  markWhole(sql);
}

export const markWhole = (sql: SqlStorage) =>
  sql.exec("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING", IMPORTED);

export const isWhole = (sql: SqlStorage) => sql.exec("SELECT 1 FROM meta WHERE key = ?", IMPORTED).toArray().length > 0;

/** The meta keys a rebuild of the ledger's flows (a sandbox fixture's new day) must keep. */
export const HISTORY_META = [IMPORTED];

/**
 * The latest official score: what the next is compared with (trend, events). It walks back from
 * the newest row past the what-ifs since, which the daily re-score keeps few.
 */
export function latestOfficial(sql: SqlStorage, smeId: string): HistoryRow | null {
  const [row] = sql.exec<Stored>(`SELECT seq, ${COLUMNS} FROM scores WHERE official = 1 ORDER BY seq DESC LIMIT 1`).toArray();
  return row ? toRow(smeId, row) : null;
}

/**
 * Keyset page, newest first: the rows below `before` (the cursor's seq), one more than `limit`
 * so the caller knows whether there is more. The same rule as D1's lists (worker/data/list-page.ts).
 */
export function historyPage(sql: SqlStorage, smeId: string, before: number | null, limit: number): HistoryRow[] {
  const rows =
    before === null
      ? sql.exec<Stored>(`SELECT seq, ${COLUMNS} FROM scores ORDER BY seq DESC LIMIT ?`, limit + 1)
      : sql.exec<Stored>(`SELECT seq, ${COLUMNS} FROM scores WHERE seq < ? ORDER BY seq DESC LIMIT ?`, before, limit + 1);
  return Array.from(rows, (r) => toRow(smeId, r));
}

export const scoreCount = (sql: SqlStorage) => sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM scores").one().n;
