import { DAY_MS } from "./bucketize";
import { lognormal, mulberry32, poisson, type Rng, weightedIndex } from "./prng";
import { SECTOR_PATTERNS } from "./sector-patterns";
import type { Flow, Sector } from "./types";

/** Everything that shapes one synthetic SME's ledger; see `profileFor` for how health maps to it. */
export interface SmeProfile {
  sector: Sector;
  /** Typical inflow on a trading day, XOF (features are scale-free; this only sets realism). */
  dailyInflow: number;
  /** Chance that a day with full weekday weight has any inflow. */
  activeDayShare: number;
  /** Spread of weekly takings within a 4-week cycle: 0.1 steady … 0.6 erratic. */
  volatility: number;
  /** Target net margin today: costs run at (1 − margin) of expected inflows. */
  margin: number;
  /** Share of inflows paid by the largest payer. */
  concentration: number;
  /** Distinct payers. */
  counterparties: number;
  /** Days of history up to the as-of day; fewer than the generated days makes a thin file. */
  historyDays: number;
  /** Inflows multiplied by `factor` over the last `days` days (fixed costs carry on): a sudden drop. */
  drop: { days: number; factor: number } | null;
  /** A sustained change: over the last `months` months takings move geometrically to `change` times
   * their earlier level (0.5 = halved, 1.4 = grown by 40 %). Fixed costs follow a quarter late. */
  trajectory: { months: number; change: number } | null;
  /** How much the largest payer's share grew over the year up to `concentration`, today's share
   * (negative: the SME diversified). */
  concentrationDrift: number;
  /** Margin lost over the last six months, linearly, down to `margin` today (input prices outrunning sale prices). */
  marginSqueeze: number;
  /** Spread of a month's takings around the business's level (lognormal sigma): irregular trade. */
  monthlyNoise: number;
  /** Chance per day of a one-off payment out worth 2.5–4.5 average days' takings. */
  spikeRate: number;
}

export interface GenerateOptions {
  seed: number;
  /** The last day generated, in whole UTC days since the epoch. */
  asOfDay: number;
  days: number;
  /**
   * The calendar day the as-of day is laid out as, for seasons and weekdays (default
   * 2026-06-06). Patterns follow this virtual calendar, not the real dates, so the same seed
   * gives the same flows relative to any as-of day: a sandbox SME scores the same every day.
   * The reference population varies it to cover every season.
   */
  phaseDay?: number;
}

/** 2026-06-06, a Saturday. */
export const DEFAULT_PHASE_DAY = 20610;

/** Extra inflow payments per trading day beyond the first; keeps a year near 1,000–3,000 flows. */
const EXTRA_INFLOWS_PER_DAY = 2;
/** Noise on a single day's takings, on top of the weekly shock. */
const DAILY_SIGMA = 0.25;
/** Costs are steadier than takings day to day. */
const COST_SIGMA = 0.15;
const CYCLE_DAYS = 28;
/** Fixed costs follow the takings' level this many days late (leases, staff). */
const FIXED_COST_LAG_DAYS = 90;
const SQUEEZE_DAYS = 180;
/** Ramadan 1447 began about 2026-02-18 (day 20502); the lunar year is 354.37 days. */
const RAMADAN_START_DAY = 20502;
const LUNAR_YEAR_DAYS = 354.367;
const RAMADAN_DAYS = 30;
/** Share of costs that does not follow sales. */
const FIXED_COST_SHARE = 0.25;
const CHANNELS = ["pi_spi", "mobile_money", "bank_transfer", "card", "cash"] as const;
const CHANNEL_WEIGHTS = [0.55, 0.25, 0.1, 0.05, 0.05];

/** Shares of the payers other than the largest: a decaying (Zipf-like) split. */
function otherPayerWeights(p: SmeProfile): number[] {
  return Array.from({ length: Math.max(1, p.counterparties - 1) }, (_, i) => 1 / (i + 1));
}

const seasonOf = (p: SmeProfile, day: number) => {
  const s = SECTOR_PATTERNS[p.sector];
  const dayOfYear = ((day % 365.25) + 365.25) % 365.25;
  const sinceRamadan = (((day - RAMADAN_START_DAY) % LUNAR_YEAR_DAYS) + LUNAR_YEAR_DAYS) % LUNAR_YEAR_DAYS;
  const ramadan = sinceRamadan < RAMADAN_DAYS ? s.ramadan : 1;
  return ramadan * (1 + s.seasonality * Math.cos((2 * Math.PI * (dayOfYear - s.peakDayOfYear)) / 365.25));
};

/** The takings' level `before` days before the as-of day under the profile's trajectory. */
export function trajectoryLevel(p: SmeProfile, before: number): number {
  if (!p.trajectory) return 1;
  const span = p.trajectory.months * 30;
  return p.trajectory.change ** Math.min(1, Math.max(0, (span - before) / span));
}

const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** 1970-01-01 was a Thursday: weekday index with Sunday = 0, as in getUTCDay. */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

/**
 * Weekly multipliers for one 4-week cycle, averaging 1 with standard deviation ≈ `sigma`: an
 * erratic SME is paid in lumps (a big week, then lean ones) in a shuffled order. Fixed spread
 * rather than random draws, so a quarter's week-to-week variation reflects the profile and not
 * luck, and each month's total holds steady, as when customers settle invoices monthly.
 */
function paymentCycle(rng: Rng, sigma: number): number[] {
  const weeks = [1.3416, 0.4472, -0.4472, -1.3416].map((z) => Math.max(0.05, 1 + sigma * z));
  for (let i = weeks.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [weeks[i], weeks[j]] = [weeks[j]!, weeks[i]!];
  }
  const mean = weeks.reduce((s, w) => s + w, 0) / weeks.length;
  return weeks.map((w) => w / mean);
}

/** Splits `total` into `n` positive integer amounts with random shares. */
function split(rng: Rng, total: number, n: number): number[] {
  const w = Array.from({ length: n }, () => 0.2 + rng());
  const sum = w.reduce((s, x) => s + x, 0);
  return w.map((x) => Math.max(1, Math.round((total * x) / sum)));
}

/**
 * `days` days of PI-SPI-like flows for one SME up to the as-of day, oldest first, fully
 * determined by the profile and options: ids `mock_<seed>_<n>`, times between 07:00 and 20:00
 * UTC of their day (so flows dated on the as-of day itself may lie later than "now").
 */
export function generateFlows(p: SmeProfile, opts: GenerateOptions): Flow[] {
  const rng = mulberry32(opts.seed);
  const pattern = SECTOR_PATTERNS[p.sector];
  const others = otherPayerWeights(p);
  // What the largest payer is "owed" of the takings so far: it pays whenever that reaches half a
  // payment, so its share holds at the day's concentration over any window, as a key client's does.
  let topOwed = 0;
  const meanWeekday = pattern.weekday.reduce((s, x) => s + x, 0) / 7;
  const first = opts.asOfDay - Math.min(opts.days, p.historyDays) + 1;
  const phase = opts.phaseDay ?? DEFAULT_PHASE_DAY;
  const flows: Flow[] = [];
  let cycle: number[] = [];
  let credit = rng();
  let monthShock = 1;
  // Takings of the last 7 days, seeded with the expected level so the first week's costs are sane.
  const lastWeek = new Array<number>(7).fill(p.dailyInflow * p.activeDayShare * meanWeekday);

  for (let day = first; day <= opts.asOfDay; day++) {
    if ((day - first) % CYCLE_DAYS === 0) {
      cycle = paymentCycle(rng, p.volatility * pattern.lumpiness);
      monthShock = lognormal(rng, 1, p.monthlyNoise);
    }
    const weekShock = cycle[Math.floor(((day - first) % CYCLE_DAYS) / 7)]! * monthShock;
    const calendarDay = phase + (day - opts.asOfDay);
    const season = seasonOf(p, calendarDay);
    const before = opts.asOfDay - day;
    const dropped = (p.drop && before < p.drop.days ? p.drop.factor : 1) * trajectoryLevel(p, before);
    const concentration = clip(p.concentration - (p.concentrationDrift * before) / 365, 0.02, 0.98);
    const margin = p.margin + p.marginSqueeze * Math.min(1, before / SQUEEZE_DAYS);
    const today: Omit<Flow, "id" | "occurred_at">[] = [];
    let takings = 0;

    // Trading days by error diffusion rather than a coin per day: a shop open three days in
    // five keeps to that rhythm, so a month's count of trading days barely varies and the
    // 30-day trend reflects the business, not the dice.
    credit += p.activeDayShare * pattern.weekday[weekdayOf(calendarDay)]!;
    if (credit >= 0.8 + 0.4 * rng()) {
      credit -= 1;
      takings = p.dailyInflow * season * weekShock * dropped * lognormal(rng, 1, DAILY_SIGMA);
      const parts = split(rng, takings, 1 + poisson(rng, EXTRA_INFLOWS_PER_DAY));
      for (const amount of parts) {
        topOwed += concentration * amount;
        const top = topOwed >= amount / 2;
        if (top) topOwed -= amount;
        // Drawn whether or not it is used, so the dice do not depend on the takings' level: the
        // same SME with and without a decline meets the same luck, day for day.
        const other = weightedIndex(rng, others);
        today.push({ amount, direction: "in", counterparty: top ? "cp_1" : `cp_${other + 2}` });
      }
    }
    lastWeek[(day - first) % 7] = takings;
    // Part of the costs is fixed at the business's expected level (rent, wages): sticky, so a
    // drop in sales squeezes the margin. The rest follows last week's takings (stock, inputs).
    // Paid daily in a few payments: lumpier settlement would read as anomalies.
    const expected = p.dailyInflow * p.activeDayShare * meanWeekday * season * trajectoryLevel(p, before + FIXED_COST_LAG_DAYS);
    const level = FIXED_COST_SHARE * expected + ((1 - FIXED_COST_SHARE) * lastWeek.reduce((s, x) => s + x, 0)) / 7;
    const costs = (1 - margin) * level * lognormal(rng, 1, COST_SIGMA);
    for (const amount of split(rng, costs, 1 + poisson(rng, 1)))
      today.push({ amount, direction: "out", counterparty: `sup_${1 + Math.floor(rng() * 12)}` });
    // One-off outflows (equipment, a penalty, a bailout of the owner): anomalous days that do
    // not disturb the regularity of takings.
    if (rng() < p.spikeRate) {
      const amount = Math.round(p.dailyInflow * p.activeDayShare * meanWeekday * (2.5 + 2 * rng()));
      today.push({ amount, direction: "out", counterparty: `sup_once_${day - first}` });
    }

    // Times drawn per day and sorted, so flows stay in chronological order.
    const times = today.map(() => 7 * 3600 + Math.floor(rng() * 13 * 3600)).sort((a, b) => a - b);
    today.forEach((f, i) => {
      const at = day * DAY_MS + times[i]! * 1000;
      const channel = CHANNELS[weightedIndex(rng, CHANNEL_WEIGHTS)]!;
      flows.push({
        id: `mock_${opts.seed}_${flows.length + 1}`,
        occurred_at: new Date(at).toISOString().replace(".000Z", "Z"),
        ...f,
        channel,
      });
    });
  }
  return flows;
}
