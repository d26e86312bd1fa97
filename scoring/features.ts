import type { DayBucket, Features, LedgerWindow } from "./types";

/**
 * The scorecard's characteristics, from daily buckets only: the cost is a few passes (and one
 * sort, for the median) over at most `windowDays` values plus thirteen monthly totals, whatever
 * the number of flows.
 */

/** Days the trend compares: the last 30 days against the 60 before, so 90- and 365-day windows agree. */
const TREND_RECENT_DAYS = 30;
/** Iglewicz & Hoaglin's outlier threshold on the modified z-score. */
const ANOMALY_Z = 3.5;
/** The business as it stands: its margin and its deepest cash hole are read over the last 90
 * days at any window, so 90- and 365-day windows agree on them. A year's average would dilute a
 * recent margin squeeze four times over and read a loss-making year's drawdown 4× deeper. */
const RECENT_DAYS = 90;
/** Caps a drawdown measured against (almost) no inflow, so the feature stays a finite number. */
const MAX_LIQUIDITY_STRESS = 10;
/** The long view: a year of twelve 30-day months, and the month a year before the latest one,
 * for a year-on-year comparison that the seasons cannot fool. 13 months (390 days) fit the
 * ledger's reach (flows up to 400 days old are accepted); the same quarter a year earlier would
 * need 15 and does not. */
export const MONTH_DAYS = 30;
const YEAR_MONTHS = 12;
export const LONG_VIEW_MONTHS = YEAR_MONTHS + 1;
/** Days of flows that fill the long view: the history of an established synthetic SME. */
export const LONG_VIEW_DAYS = LONG_VIEW_MONTHS * MONTH_DAYS;
/** Months in a quarter, the unit the long-view features compare. */
const QUARTER_MONTHS = 3;

const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : sum(xs) / xs.length);

/** Dense daily series of the window, starting no earlier than the first flow: a young SME is not
 * judged on the days before it existed (its youth is the history feature's job). */
export function dailySeries(w: LedgerWindow): { inflow: number[]; outflow: number[] } {
  const windowStart = w.asOfDay - w.windowDays + 1;
  const start = Math.max(windowStart, w.firstFlowDay ?? w.asOfDay + 1);
  const n = Math.max(0, w.asOfDay - start + 1);
  const inflow = new Array<number>(n).fill(0);
  const outflow = new Array<number>(n).fill(0);
  for (const b of w.days) {
    const i = b.day - start;
    if (i < 0 || i >= n) continue;
    inflow[i] = b.inflow;
    outflow[i] = b.outflow;
  }
  return { inflow, outflow };
}

/** Totals of whole 7-day blocks counted back from the last day; a partial oldest block is dropped
 * because a short week would read as volatility. */
export function weeklyTotals(daily: readonly number[]): number[] {
  const weeks: number[] = [];
  for (let end = daily.length; end >= 7; end -= 7) weeks.unshift(sum(daily.slice(end - 7, end)));
  return weeks;
}

/** Population standard deviation over the mean; Infinity when the mean is not positive. */
export function coefficientOfVariation(xs: readonly number[]): number {
  const m = mean(xs);
  if (m <= 0) return Infinity;
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2))) / m;
}

/** 1 − CV of weekly inflow totals, in 0–1; fewer than two weeks says nothing about regularity. */
export function inflowRegularity(dailyInflow: readonly number[]): number {
  const weeks = weeklyTotals(dailyInflow);
  if (weeks.length < 2) return 0;
  return clip(1 - coefficientOfVariation(weeks), 0, 1);
}

/** (inflows − outflows) / inflows, in −1…1; no inflow at all is the worst margin. */
export function netMargin(inflow: number, outflow: number): number {
  return inflow > 0 ? clip((inflow - outflow) / inflow, -1, 1) : -1;
}

/** Mean daily inflow of the last 30 days relative to the 60 before (a third/two thirds of
 * shorter series), minus 1, in −1…1: −0.5 means inflows halved. */
export function inflowTrend(dailyInflow: readonly number[]): number {
  const recent = Math.min(TREND_RECENT_DAYS, Math.floor(dailyInflow.length / 3));
  if (recent === 0) return 0;
  const end = dailyInflow.length;
  const now = mean(dailyInflow.slice(end - recent));
  const before = mean(dailyInflow.slice(end - 3 * recent, end - recent));
  if (before === 0) return now > 0 ? 1 : 0;
  return clip(now / before - 1, -1, 1);
}

/** Share of days with any inflow. */
export function activity(dailyInflow: readonly number[]): number {
  return dailyInflow.length === 0 ? 0 : dailyInflow.filter((x) => x > 0).length / dailyInflow.length;
}

/** The largest payer's share of inflows; 0 when no payer is known, as nothing shows dependence. */
export function customerConcentration(topCounterpartyInflow: number, inflow: number): number {
  return inflow > 0 ? clip(topCounterpartyInflow / inflow, 0, 1) : 0;
}

/** Deepest fall of the running sum below its previous peak (the start, 0, counts as a peak). */
export function maxDrawdown(daily: readonly number[]): number {
  let level = 0;
  let peak = 0;
  let deepest = 0;
  for (const x of daily) {
    level += x;
    peak = Math.max(peak, level);
    deepest = Math.max(deepest, peak - level);
  }
  return deepest;
}

/** Max drawdown of cumulative net flow over the last 90 days, in months of mean inflow (over the
 * same days): how many months of takings the deepest recent cash hole would swallow. */
export function liquidityStress(dailyNet: readonly number[], dailyInflow: readonly number[]): number {
  const drawdown = maxDrawdown(dailyNet.slice(-RECENT_DAYS));
  const monthlyInflow = mean(dailyInflow.slice(-RECENT_DAYS)) * 30;
  if (monthlyInflow <= 0) return drawdown > 0 ? MAX_LIQUIDITY_STRESS : 0;
  return Math.min(MAX_LIQUIDITY_STRESS, drawdown / monthlyInflow);
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Iglewicz–Hoaglin modified z-scores 0.6745·(x − median)/MAD. Sparse ledgers often have MAD = 0
 * (most days alike); then IBM's fallback (x − median)/(1.253314·mean absolute deviation), and
 * all zeros when every value equals the median.
 */
export function modifiedZScores(xs: readonly number[]): number[] {
  const med = median(xs);
  const deviations = xs.map((x) => Math.abs(x - med));
  const mad = median(deviations);
  if (mad > 0) return xs.map((x) => (0.6745 * (x - med)) / mad);
  const meanAd = mean(deviations);
  if (meanAd > 0) return xs.map((x) => (x - med) / (1.253314 * meanAd));
  return xs.map(() => 0);
}

/** Days whose net flow is an outlier, |M| > 3.5. */
export function countAnomalies(dailyNet: readonly number[]): number {
  return modifiedZScores(dailyNet).filter((z) => Math.abs(z) > ANOMALY_Z).length;
}

/** Days from the first flow to the as-of day, inclusive; 0 for an empty ledger. */
export function historyDays(w: LedgerWindow): number {
  return w.firstFlowDay === null ? 0 : Math.max(0, w.asOfDay - w.firstFlowDay + 1);
}

/** The month (0 = the latest 30 days) a day falls in, counted back from the as-of day. */
export const monthBack = (asOfDay: number, day: number) => Math.floor((asOfDay - day) / MONTH_DAYS);

/** How many whole months of the long view lie after the first flow: a month that began before
 * it is partial and would read as growth. */
export function longViewMonths(asOfDay: number, firstFlowDay: number | null): number {
  if (firstFlowDay === null) return 0;
  return Math.max(0, Math.min(LONG_VIEW_MONTHS, Math.floor((asOfDay - firstFlowDay + 1) / MONTH_DAYS)));
}

/** Inflow totals of the long view's months, oldest first, from any day buckets covering them. */
export function monthlyInflow(days: readonly DayBucket[], asOfDay: number, firstFlowDay: number | null): number[] {
  const months = new Array<number>(longViewMonths(asOfDay, firstFlowDay)).fill(0);
  for (const b of days) {
    const back = monthBack(asOfDay, b.day);
    if (b.day <= asOfDay && back < months.length) months[months.length - 1 - back]! += b.inflow;
  }
  return months;
}

/** Mean monthly takings of the last quarter against the mean month of the last twelve, minus 1,
 * in −1…1 (−0.3: the last quarter ran 30 % below the year's average month). Against the whole
 * year rather than its first quarter: a year's average carries no season, so only the last
 * quarter's season is noise. 0 with under two quarters of months. */
export function inflowChange(longView: readonly number[]): number {
  const months = longView.slice(-YEAR_MONTHS);
  if (months.length < 2 * QUARTER_MONTHS) return 0;
  const all = mean(months);
  const last = mean(months.slice(-QUARTER_MONTHS));
  if (all === 0) return 0;
  return clip(last / all - 1, -1, 1);
}

/** Mean monthly takings of the last quarter against the best quarter (three consecutive months)
 * of the last twelve months, minus 1, in −1…0: how far below their peak takings now run (0: at
 * the peak, −0.5: half of it). 0 with under two quarters of months. */
export function inflowOffPeak(longView: readonly number[]): number {
  const months = longView.slice(-YEAR_MONTHS);
  if (months.length < 2 * QUARTER_MONTHS) return 0;
  const quarters = months.slice(QUARTER_MONTHS - 1).map((_, i) => mean(months.slice(i, i + QUARTER_MONTHS)));
  const peak = Math.max(...quarters);
  return peak > 0 ? clip(quarters[quarters.length - 1]! / peak - 1, -1, 0) : 0;
}

/** Takings of the latest month against the month twelve before it (360 days earlier), minus 1, in
 * −1…1: −0.5 means they halved in a year. The same season on both sides (five days apart; six
 * from the lunar year that moves Ramadan), so a seasonal upswing cannot hide a decline. 0 ("no
 * change known") without the thirteen months; 1 when that month took nothing and this one did. */
export function inflowYearOnYear(longView: readonly number[]): number {
  if (longView.length < LONG_VIEW_MONTHS) return 0;
  const [yearAgo, now] = [longView[0]!, longView[longView.length - 1]!];
  if (yearAgo === 0) return now > 0 ? 1 : 0;
  return clip(now / yearAgo - 1, -1, 1);
}

export function computeFeatures(w: LedgerWindow): Features {
  const { inflow, outflow } = dailySeries(w);
  const net = inflow.map((x, i) => x - outflow[i]!);
  const totalIn = sum(inflow);
  return {
    inflow_regularity: inflowRegularity(inflow),
    net_margin: netMargin(sum(inflow.slice(-RECENT_DAYS)), sum(outflow.slice(-RECENT_DAYS))),
    inflow_trend: inflowTrend(inflow),
    activity: activity(inflow),
    customer_concentration: customerConcentration(w.topCounterpartyInflow, totalIn),
    liquidity_stress: liquidityStress(net, inflow),
    anomalies: countAnomalies(net),
    history_days: historyDays(w),
    inflow_change: inflowChange(w.monthlyInflow),
    inflow_off_peak: inflowOffPeak(w.monthlyInflow),
    inflow_year_on_year: inflowYearOnYear(w.monthlyInflow),
  };
}
