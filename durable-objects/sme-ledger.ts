import { DurableObject } from "cloudflare:workers";
import { DAY_MS } from "../scoring/bucketize";
import { computeFeatures, LONG_VIEW_DAYS, longViewMonths, MONTH_DAYS } from "../scoring/features";
import { generateFlows } from "../scoring/generator";
import { MOCK_SMES } from "../scoring/mock-smes";
import { checkSufficiency } from "../scoring/sufficiency";
import type { DayBucket, LedgerWindow } from "../scoring/types";
import type { CashflowInterval } from "../worker/contracts/cashflow";
import { DEFAULT_WINDOW_DAYS, type ScoreOptions, type ScoreOutcome, type ScoreRecord } from "../worker/contracts/scores";
import { database } from "../worker/data/db";
import type { FlowRow } from "../worker/data/flow-rules";
import type { LedgerOwner } from "../worker/data/ledger";
import { forgetLegacyScores, legacyScores } from "../worker/data/legacy-scores";
import type { Assessment, LedgerSummary } from "./assessment";
import { type CashflowPeriod, foldCashflow, periodStarts } from "./cashflow";
import { LEDGER_SCHEMA } from "./ledger-schema";
import { appendScores, HISTORY_META, type HistoryRow, historyPage, isWhole, latestOfficial, markWhole, scoreCount } from "./score-history";
import { loadScoringState, recordScore } from "./score-record";
import { ScoringMemory } from "./scoring-memory";

/** Flows per INSERT: one JSON parameter of at most ~0.4 MB (ids and counterparties are bounded). */
const STORE_ROWS = 1000;

export interface IngestResult {
  accepted: number;
  duplicates: number;
  summary: LedgerSummary;
}

const monthOf = (day: number) => {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/**
 * One SME's payment ledger, the only place its raw flows live, and its score history.
 * Single-threaded per SME, so a flow raced from two requests is counted once; every ingestion
 * is one SQLite transaction, so what it reports accepted is durable. It hands out aggregates
 * only, never flows.
 */
export class SmeLedger extends DurableObject<Env> {
  #schemaReady = false;
  readonly #memory = new ScoringMemory();

  #sql() {
    if (!this.#schemaReady) {
      this.ctx.storage.sql.exec(LEDGER_SCHEMA);
      this.#schemaReady = true;
    }
    return this.ctx.storage.sql;
  }

  /**
   * A write transaction, with the tables made before it: made inside, a rollback would take them
   * back and leave `#schemaReady` saying they exist, and every later call would fail.
   */
  #transaction<T>(write: (sql: SqlStorage) => T): T {
    const sql = this.#sql();
    return this.ctx.storage.transactionSync(() => write(sql));
  }

  /**
   * Reading a ledger that never stored anything must not create its tables: scoring an SME that
   * has no flows yet must leave no storage behind.
   */
  #neverWritten(): boolean {
    if (this.#schemaReady) return false;
    return this.ctx.storage.sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'days'").toArray().length === 0;
  }

  /**
   * Stores the flows whose id it has not seen, checked already by the Worker (worker/data/flows.ts):
   * the one thread of an SME spends its time on what must be serial, the dedup and the buckets.
   * New flows schedule a re-score of `owner`, the SME this ledger belongs to.
   */
  async ingest(rows: FlowRow[], now: number, owner: LedgerOwner): Promise<IngestResult> {
    const fresh = this.#transaction(() => {
      const stored = this.#storeNew(rows);
      this.#aggregate(stored);
      return stored;
    });
    if (fresh.length > 0) await this.#scheduleRescore(owner, now);
    return { accepted: fresh.length, duplicates: rows.length - fresh.length, summary: this.summary() };
  }

  /**
   * Debounced: the first new flows set the alarm, later ones join it, so a bank sending a day's
   * flows in several calls causes one re-score, and a steady stream cannot postpone it forever.
   */
  async #scheduleRescore(owner: LedgerOwner, now: number) {
    this.#sql().exec(
      "INSERT INTO meta (key, value) VALUES ('owner', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      JSON.stringify(owner),
    );
    if ((await this.ctx.storage.getAlarm()) === null) {
      await this.ctx.storage.setAlarm(now + Number(this.env.RESCORE_DELAY_SECONDS) * 1000);
    }
  }

  /**
   * The re-score, with the institution's settings of now. It remembers how many flows it
   * scored: fired twice (alarms can be) with nothing new in between, the second does nothing.
   */
  override async alarm() {
    const sql = this.#sql();
    const meta = (key: string) => sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = ?", key).toArray()[0]?.value;
    const owner = meta("owner");
    const count = this.summary().count;
    if (owner === undefined || meta("rescored_count") === String(count)) return;
    // Too little history yet, or erased meanwhile: nothing to score, and nothing to retry.
    await this.score(JSON.parse(owner) as LedgerOwner, { windowDays: DEFAULT_WINDOW_DAYS }, Date.now());
    sql.exec(
      "INSERT INTO meta (key, value) VALUES ('rescored_count', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      String(count),
    );
  }

  /**
   * Inserts the flows whose id is not here yet, a statement per `STORE_ROWS` (a statement per
   * flow was most of an ingestion's time); returns them in order. Of an id repeated in `flows`,
   * the first is kept.
   */
  #storeNew(rows: FlowRow[]): FlowRow[] {
    const inserted = new Set<string>();
    for (let start = 0; start < rows.length; start += STORE_ROWS) {
      const cursor = this.#sql().exec<{ id: string }>(
        `INSERT INTO flows (id, at, amount, direction, counterparty, channel)
         SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(?) WHERE true
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        JSON.stringify(rows.slice(start, start + STORE_ROWS)),
      );
      for (const { id } of cursor) inserted.add(id);
    }
    return rows.filter(([id]) => inserted.delete(id));
  }

  /**
   * A sandbox fixture's ledger is its generator's 13 months of flows ending today (the long view): rebuilt when the
   * day changes, so the same fixture gives the same answer all day, and its grade every day.
   */
  #ensureFixture(smeId: string, asOfDay: number) {
    const fixture = MOCK_SMES.find((m) => m.id === smeId);
    const sql = this.#sql();
    if (!fixture || sql.exec("SELECT 1 FROM meta WHERE key = 'fixture_day' AND value = ?", String(asOfDay)).toArray().length) return;
    const flows = generateFlows(fixture.profile, { seed: fixture.seed, asOfDay, days: LONG_VIEW_DAYS });
    this.#transaction(() => {
      for (const table of ["flows", "days", "counterparty_months"]) sql.exec(`DELETE FROM ${table}`);
      // The flows are the day's; the score history stays, and so does what the meta says of it.
      sql.exec(`DELETE FROM meta WHERE key NOT IN (${HISTORY_META.map(() => "?").join(", ")})`, ...HISTORY_META);
      const rows = flows.map(
        (f): FlowRow => [f.id, Date.parse(f.occurred_at), f.amount, f.direction, f.counterparty ?? null, f.channel ?? "pi_spi"],
      );
      this.#aggregate(this.#storeNew(rows));
      sql.exec("INSERT INTO meta (key, value) VALUES ('fixture_day', ?)", String(asOfDay));
    });
  }

  /** Folds newly accepted flows into the daily and counterparty buckets: one upsert per table. */
  #aggregate(flows: FlowRow[]) {
    if (flows.length === 0) return;
    const sql = this.ctx.storage.sql;
    const days = new Map<number, [number, number, number, number]>();
    /** month and payer → the row [month, counterparty, inflow] */
    const payers = new Map<string, [number, string, number]>();
    let first = Infinity;
    let last = -Infinity;
    for (const [, at, amount, direction, counterparty] of flows) {
      const day = Math.floor(at / DAY_MS);
      const b = days.get(day) ?? [0, 0, 0, 0];
      if (direction === "in") {
        b[0] += amount;
        b[2]++;
        if (counterparty !== null) {
          const month = monthOf(day);
          const key = `${month}\u0000${counterparty}`;
          const row = payers.get(key);
          if (row) row[2] += amount;
          else payers.set(key, [month, counterparty, amount]);
        }
      } else {
        b[1] += amount;
        b[3]++;
      }
      days.set(day, b);
      first = Math.min(first, at);
      last = Math.max(last, at);
    }
    // One upsert per table, the buckets passed as one JSON array: a batch spread over a year
    // touches ~365 days and hundreds of payer-months, which were as many statements.
    sql.exec(
      `INSERT INTO days (day, inflow, outflow, in_count, out_count)
       SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?) WHERE true
       ON CONFLICT (day) DO UPDATE SET inflow = inflow + excluded.inflow, outflow = outflow + excluded.outflow,
         in_count = in_count + excluded.in_count, out_count = out_count + excluded.out_count`,
      JSON.stringify(Array.from(days, ([day, b]) => [day, ...b])),
    );
    if (payers.size > 0) {
      sql.exec(
        `INSERT INTO counterparty_months (month, counterparty, inflow)
         SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
         ON CONFLICT (month, counterparty) DO UPDATE SET inflow = inflow + excluded.inflow`,
        JSON.stringify([...payers.values()]),
      );
    }
    sql.exec(
      `INSERT INTO meta (key, value) VALUES ('first_at', ?), ('last_at', ?)
       ON CONFLICT (key) DO UPDATE SET value = CASE key
         WHEN 'first_at' THEN MIN(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))
         ELSE MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) END`,
      String(first),
      String(last),
    );
  }

  summary(): LedgerSummary {
    const sql = this.#sql();
    const count = sql.exec<{ n: number }>("SELECT COALESCE(SUM(in_count + out_count), 0) AS n FROM days").one().n;
    const meta = new Map(
      sql
        .exec<{ key: string; value: string }>("SELECT key, value FROM meta")
        .toArray()
        .map((r) => [r.key, r.value]),
    );
    const at = (k: string) => (meta.has(k) ? Number(meta.get(k)) : null);
    return { count, firstAt: at("first_at"), lastAt: at("last_at") };
  }

  /**
   * Scores this SME: POST /v1/scores and the re-score alarm both come here, one score at a time.
   * The SME's sector is remembered (scoring-memory.ts) and its previous score is the history's
   * latest official one, read here: after the first, a score reads nothing from D1, it only writes.
   */
  score(owner: LedgerOwner, opts: ScoreOptions, now: number): Promise<ScoreOutcome> {
    return this.#memory.serially(() => this.#score(owner, opts, now));
  }

  async #score(owner: LedgerOwner, opts: ScoreOptions, now: number): Promise<ScoreOutcome> {
    const state = await this.#memory.state(now, () => loadScoringState(database(this.env.DB), owner));
    if (!state) return { ok: false, code: "sme_not_found" };
    const assessment = this.#assess(opts.windowDays, Math.floor(now / DAY_MS), state.mock ? owner.smeId : null);
    if (assessment.missing) return { ok: false, code: "insufficient_data", message: assessment.missing.message };
    await this.#importHistory(owner);
    const previous = this.#neverWritten() ? null : latestOfficial(this.#sql(), owner.smeId);
    const keep = (score: ScoreRecord) => this.#transaction((sql) => appendScores(sql, [score]));
    const score = await recordScore(this.env, owner, state, previous, assessment, opts, now, keep).catch((err: unknown) => {
      // The SME's row may have changed under us: the next score reads it again.
      this.#memory.forget();
      throw err;
    });
    if (!score) {
      this.#memory.forget();
      return { ok: false, code: "sme_not_found" };
    }
    return { ok: true, score };
  }

  /**
   * A page of the SME's scores, newest first: `limit + 1` rows below `before` (a cursor's seq),
   * with its latest official score. Its D1 rows are imported first if they were not yet.
   */
  async history(owner: LedgerOwner, limit: number, before: number | null): Promise<{ latest: HistoryRow | null; rows: HistoryRow[] }> {
    if (this.#neverWritten() || !isWhole(this.#sql())) await this.#memory.serially(() => this.#importHistory(owner));
    if (this.#neverWritten()) return { latest: null, rows: [] };
    const sql = this.#sql();
    return { latest: latestOfficial(sql, owner.smeId), rows: historyPage(sql, owner.smeId, before, limit) };
  }

  /** The cron's ask (worker/data/legacy-scores.ts): imports if not done; true once the history is whole. */
  async importHistory(owner: LedgerOwner): Promise<boolean> {
    await this.#memory.serially(() => this.#importHistory(owner));
    return !this.#neverWritten() && isWhole(this.#sql());
  }

  /**
   * Makes the history whole, once: the scores D1 held for this SME before histories moved into
   * ledgers come in first, oldest first, then leave D1. Runs one at a time with scores and
   * erasure (`serially`), so nothing is written between the check and the import, and an SME
   * being erased (no longer active in D1) imports nothing. A ledger that never stored anything
   * and has nothing to import stays without storage.
   */
  async #importHistory(owner: LedgerOwner) {
    if (!this.#neverWritten() && isWhole(this.#sql())) return;
    const db = database(this.env.DB);
    const legacy = await legacyScores(db, owner);
    if (legacy.length === 0) {
      if (!this.#neverWritten()) markWhole(this.#sql());
      return;
    }
    this.#transaction((sql) => appendScores(sql, legacy));
    await forgetLegacyScores(db, owner, legacy[legacy.length - 1]!.seq);
  }

  /** The SME's row changed in D1 (its sector): the next score reads it again. */
  forget() {
    this.#memory.forget();
  }

  /**
   * The features of the window ending on `asOfDay`, computed where the buckets are, however
   * long the window. `fixture` names the sandbox mock SME this ledger is, if it is one.
   */
  #assess(windowDays: number, asOfDay: number, fixture: string | null): Assessment {
    const { summary, ...window } = this.#window(windowDays, asOfDay, fixture);
    const missing = checkSufficiency(window);
    return missing ? { summary, features: null, missing } : { summary, features: computeFeatures(window), missing: null };
  }

  /**
   * The aggregates of a window: at most `windowDays` bucket rows and one grouped read of the
   * counterparty months the window touches.
   */
  #window(windowDays: number, asOfDay: number, fixture: string | null): LedgerWindow & { summary: LedgerSummary | null } {
    if (fixture !== null) this.#ensureFixture(fixture, asOfDay);
    if (this.#neverWritten()) {
      return { asOfDay, windowDays, days: [], firstFlowDay: null, topCounterpartyInflow: 0, monthlyInflow: [], summary: null };
    }
    const sql = this.#sql();
    const from = asOfDay - windowDays + 1;
    const days = this.#days(from, asOfDay);
    const first = sql.exec<{ day: number | null }>("SELECT MIN(day) AS day FROM days").one().day;
    const payers = sql
      .exec<{ top: number | null; total: number | null }>(
        `SELECT MAX(inflow) AS top, SUM(inflow) AS total FROM (
           SELECT SUM(inflow) AS inflow FROM counterparty_months WHERE month BETWEEN ? AND ? GROUP BY counterparty)`,
        monthOf(from),
        monthOf(asOfDay),
      )
      .one();
    // The top payer's share is taken over the calendar months the window touches (buckets per
    // payer and day would grow with flows), then applied to the window's own inflow.
    const windowInflow = days.reduce((s, d) => s + d.inflow, 0);
    const share = payers.total ? (payers.top ?? 0) / payers.total : 0;
    return {
      asOfDay,
      windowDays,
      days,
      firstFlowDay: first,
      topCounterpartyInflow: Math.round(share * windowInflow),
      monthlyInflow: this.#monthlyInflow(asOfDay, first),
      // Only a fixture's counts are news to D1 (its flows are generated here, not ingested).
      summary: fixture === null ? null : this.summary(),
    };
  }

  /**
   * Monthly or weekly totals of the `count` periods up to `asOfDay`, from the day buckets (at
   * most one row per day read, never a flow). `fixture` names the sandbox mock SME this ledger
   * is, if it is one: its flows are generated first, as scoring does.
   */
  cashflow(asOfDay: number, interval: CashflowInterval, count: number, fixture: string | null): CashflowPeriod[] {
    if (fixture !== null) this.#ensureFixture(fixture, asOfDay);
    if (this.#neverWritten()) return foldCashflow([], asOfDay, interval, count);
    const from = periodStarts(asOfDay, interval, count)[0]!;
    return foldCashflow(this.#days(from, asOfDay), asOfDay, interval, count);
  }

  /**
   * The long view's monthly takings (features.ts `monthlyInflow`), summed by SQLite: one grouped
   * read of at most 390 bucket rows, thirteen rows back, whatever the window.
   */
  #monthlyInflow(asOfDay: number, firstFlowDay: number | null): number[] {
    const months = new Array<number>(longViewMonths(asOfDay, firstFlowDay)).fill(0);
    if (months.length === 0) return months;
    const rows = this.#sql().exec(
      // CAST: a bound number may arrive as REAL, and a fractional month would miss its slot.
      "SELECT CAST((? - day) / ? AS INTEGER) AS back, SUM(inflow) AS inflow FROM days WHERE day BETWEEN ? AND ? GROUP BY back",
      asOfDay,
      MONTH_DAYS,
      asOfDay - months.length * MONTH_DAYS + 1,
      asOfDay,
    );
    for (const [back, inflow] of rows.raw()) months[months.length - 1 - Number(back)] = Number(inflow);
    return months;
  }

  /** The day buckets from `from` to `to`, oldest first. */
  #days(from: number, to: number): DayBucket[] {
    // Rows as arrays: half the cost of row objects, on the path of every score.
    return Array.from(
      this.#sql().exec("SELECT day, inflow, outflow, in_count, out_count FROM days WHERE day BETWEEN ? AND ? ORDER BY day", from, to).raw(),
      (r): DayBucket => {
        const [day, inflow, outflow, inCount, outCount] = r as number[];
        return { day: day!, inflow: inflow!, outflow: outflow!, inCount: inCount!, outCount: outCount! };
      },
    );
  }

  /**
   * Right to erasure: every row and the alarm go, atomically. After any score or import under
   * way, so none writes into the wiped ledger. Safe to call again.
   */
  erase(): Promise<{ flows: number; scores: number }> {
    return this.#memory.serially(async () => {
      const flows = this.summary().count;
      const scores = scoreCount(this.#sql());
      await this.ctx.storage.deleteAll();
      this.#schemaReady = false;
      this.#memory.forget();
      return { flows, scores };
    });
  }
}
