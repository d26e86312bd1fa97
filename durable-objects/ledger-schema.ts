/**
 * The ledger's SQLite tables. `flows` holds the raw payments (dedup by id); `days` the daily
 * buckets scoring reads (one row per day whatever the number of flows); `counterparty_months`
 * the inflow per payer and calendar month, for concentration; `scores` every score of the SME,
 * official and what-if, in the order they were recorded (`seq`: no row is ever deleted alone,
 * so it only grows, and the history pages over it). `meta` holds small facts.
 */
export const LEDGER_SCHEMA = `
CREATE TABLE IF NOT EXISTS flows (
  id TEXT PRIMARY KEY,
  at INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  direction TEXT NOT NULL,
  counterparty TEXT,
  channel TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS days (
  day INTEGER PRIMARY KEY,
  inflow INTEGER NOT NULL DEFAULT 0,
  outflow INTEGER NOT NULL DEFAULT 0,
  in_count INTEGER NOT NULL DEFAULT 0,
  out_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS counterparty_months (
  month INTEGER NOT NULL,
  counterparty TEXT NOT NULL,
  inflow INTEGER NOT NULL,
  PRIMARY KEY (month, counterparty)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS scores (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  score INTEGER NOT NULL,
  grade TEXT NOT NULL,
  pd REAL NOT NULL,
  trend TEXT NOT NULL,
  sector TEXT NOT NULL,
  signals TEXT NOT NULL,
  reasons TEXT NOT NULL,
  window_days INTEGER NOT NULL,
  official INTEGER NOT NULL,
  model TEXT NOT NULL,
  scored_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;
