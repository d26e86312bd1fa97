import { describe, expect, it } from "vitest";
import {
  activity,
  coefficientOfVariation,
  computeFeatures,
  countAnomalies,
  customerConcentration,
  dailySeries,
  historyDays,
  inflowChange,
  inflowOffPeak,
  inflowRegularity,
  inflowTrend,
  inflowYearOnYear,
  liquidityStress,
  longViewMonths,
  maxDrawdown,
  median,
  modifiedZScores,
  monthlyInflow,
  netMargin,
  weeklyTotals,
} from "../../../scoring/features";
import { windowOf } from "./helpers";

describe("weeklyTotals", () => {
  it("sums whole weeks counted back from the last day and drops the partial oldest week", () => {
    const daily = [100, ...Array.from({ length: 14 }, (_, i) => i + 1)];
    expect(weeklyTotals(daily)).toEqual([1 + 2 + 3 + 4 + 5 + 6 + 7, 8 + 9 + 10 + 11 + 12 + 13 + 14]);
    expect(weeklyTotals([1, 2, 3])).toEqual([]);
  });
});

describe("inflow regularity", () => {
  it("is 1 − CV of weekly totals", () => {
    // Weeks of 10 and 30: mean 20, population sd 10, CV 0.5.
    const daily = [10, 0, 0, 0, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0];
    expect(coefficientOfVariation([10, 30])).toBeCloseTo(0.5);
    expect(inflowRegularity(daily)).toBeCloseTo(0.5);
  });
  it("is 1 for identical weeks, clipped at 0 for wild ones, 0 with under two weeks", () => {
    expect(inflowRegularity(Array(28).fill(5))).toBe(1);
    expect(inflowRegularity([...Array(7).fill(0), ...Array(7).fill(100)])).toBe(0);
    expect(inflowRegularity(Array(10).fill(5))).toBe(0);
  });
});

describe("net margin", () => {
  it("is (in − out) / in, clipped to −1…1", () => {
    expect(netMargin(1000, 800)).toBeCloseTo(0.2);
    expect(netMargin(1000, 5000)).toBe(-1);
    expect(netMargin(0, 100)).toBe(-1);
  });
});

describe("inflow trend", () => {
  it("compares the last 30 days' mean with the 60 before", () => {
    const flat = Array(90).fill(100);
    expect(inflowTrend(flat)).toBe(0);
    const halved = [...Array(60).fill(100), ...Array(30).fill(50)];
    expect(inflowTrend(halved)).toBeCloseTo(-0.5);
    // Only the last 90 days count, whatever the window.
    expect(inflowTrend([...Array(275).fill(1), ...halved])).toBeCloseTo(-0.5);
  });
  it("uses thirds of shorter series, and clips", () => {
    expect(inflowTrend([10, 10, 10, 10, 10, 40])).toBeCloseTo(1);
    expect(inflowTrend([10, 10, 10, 10, 20, 20])).toBeCloseTo(1);
    expect(inflowTrend([10, 10, 10, 10, 5, 5])).toBeCloseTo(-0.5);
    expect(inflowTrend([0, 0, 0, 0, 0, 0])).toBe(0);
  });
});

describe("activity and concentration", () => {
  it("activity is the share of days with inflow", () => {
    expect(activity([0, 5, 0, 5])).toBe(0.5);
    expect(activity([])).toBe(0);
  });
  it("concentration is the top payer's share, 0 when unknown", () => {
    expect(customerConcentration(300, 1000)).toBeCloseTo(0.3);
    expect(customerConcentration(0, 1000)).toBe(0);
    expect(customerConcentration(10, 0)).toBe(0);
  });
});

describe("liquidity stress", () => {
  it("maxDrawdown is the deepest fall of the running sum below its peak, the start counting as one", () => {
    expect(maxDrawdown([10, -5, -10, 20, -30])).toBe(30); // 0,10,5,-5,15,-15: peak 15 → -15
    expect(maxDrawdown([-3, -4, 10])).toBe(7);
    expect(maxDrawdown([1, 2, 3])).toBe(0);
  });
  it("is the drawdown over the last 90 days in months of mean inflow", () => {
    const inflow = Array(30).fill(100); // mean monthly inflow = 3000
    const net = [...Array(20).fill(0), ...Array(10).fill(-150)]; // drawdown 1500
    expect(liquidityStress(net, inflow)).toBeCloseTo(0.5);
    expect(liquidityStress([-5], [0])).toBe(10);
    expect(liquidityStress([0], [0])).toBe(0);
  });
});

describe("modified z-scores and anomalies", () => {
  it("uses 0.6745·(x − median)/MAD", () => {
    const xs = [1, 2, 3, 4, 100];
    // median 3, |dev| = 2,1,0,1,97 → MAD 1
    expect(median(xs)).toBe(3);
    expect(modifiedZScores(xs)).toEqual([-1.349, -0.6745, 0, 0.6745, 0.6745 * 97].map((x) => expect.closeTo(x, 9)));
    expect(countAnomalies(xs)).toBe(1);
  });
  it("falls back to (x − median)/(1.253314·MeanAD) when MAD is 0", () => {
    const xs = [0, 0, 0, 0, 0, 0, 0, 0, 0, 50];
    // median 0, MAD 0, MeanAD 5 → z(50) = 50 / 6.26657 ≈ 7.98
    expect(modifiedZScores(xs)[9]).toBeCloseTo(50 / (1.253314 * 5), 9);
    expect(countAnomalies(xs)).toBe(1);
    expect(modifiedZScores([7, 7, 7])).toEqual([0, 0, 0]);
  });
  it("counts over every day of the window, zero days included", () => {
    // 8 trading days of 100 and one of 400 among 50 idle days. With the idle days, median and MAD
    // are 0 and MeanAD = 1200/59, so every trading day stands out (100 / (1.253314·20.34) ≈ 3.92);
    // over trading days alone only the 400 would.
    const inflow = Array<number>(59).fill(0);
    for (const i of [0, 7, 14, 21, 28, 35, 42, 49]) inflow[i] = 100;
    inflow[58] = 400;
    expect(computeFeatures(windowOf(inflow)).anomalies).toBe(9);
    expect(countAnomalies([100, 100, 100, 100, 100, 100, 100, 100, 400])).toBe(1);
  });
});

describe("the long view", () => {
  it("sums whole 30-day months counted back from the as-of day, none before the first flow", () => {
    const days = [
      { day: 1000, inflow: 5, outflow: 0, inCount: 1, outCount: 0 },
      { day: 971, inflow: 7, outflow: 0, inCount: 1, outCount: 0 },
      { day: 970, inflow: 11, outflow: 0, inCount: 1, outCount: 0 },
      { day: 901, inflow: 13, outflow: 0, inCount: 1, outCount: 0 },
    ];
    // History of 100 days: three whole months (941–1000 and 911–940); 901 starts a partial one.
    expect(longViewMonths(1000, 901)).toBe(3);
    expect(monthlyInflow(days, 1000, 901)).toEqual([0, 11, 12]);
    expect(longViewMonths(1000, 0)).toBe(13);
    expect(longViewMonths(1000, null)).toBe(0);
  });
  it("inflow_change: the last quarter against the average month", () => {
    expect(inflowChange([10, 10, 10, 10, 10, 10])).toBe(0);
    // Average month 7.5, last quarter 5: −1/3.
    expect(inflowChange([10, 10, 10, 5, 5, 5])).toBeCloseTo(-1 / 3);
    expect(inflowChange([10, 10, 10, 5, 5])).toBe(0);
    expect(inflowChange([0, 0, 0, 0, 0, 0])).toBe(0);
    // Thirteen months: the year is the last twelve, the month a year back is not in it.
    expect(inflowChange([100, ...Array<number>(12).fill(10)])).toBe(0);
  });
  it("inflow_off_peak: the last quarter against the best quarter, 0 at the peak", () => {
    expect(inflowOffPeak([4, 8, 12, 12, 12, 6, 6, 6])).toBeCloseTo(6 / 12 - 1);
    expect(inflowOffPeak([1, 2, 3, 4, 5, 6])).toBe(0);
    expect(inflowOffPeak([1, 2, 3])).toBe(0);
    expect(inflowOffPeak([100, ...Array<number>(12).fill(10)])).toBe(0);
  });
  it("inflow_year_on_year: the latest month against the month twelve before it", () => {
    const year = Array<number>(11).fill(7);
    expect(inflowYearOnYear([10, ...year, 5])).toBeCloseTo(-0.5);
    expect(inflowYearOnYear([10, ...year, 30])).toBe(1);
    // Twelve months: no month a year back, no change claimed.
    expect(inflowYearOnYear([...year, 5])).toBe(0);
    expect(inflowYearOnYear([0, ...year, 5])).toBe(1);
    expect(inflowYearOnYear([0, ...year, 0])).toBe(0);
  });
});

describe("history and the window's days", () => {
  it("history is days since the first flow, inclusive", () => {
    expect(historyDays({ asOfDay: 100, windowDays: 90, days: [], firstFlowDay: 71, topCounterpartyInflow: 0, monthlyInflow: [] })).toBe(30);
    expect(historyDays({ asOfDay: 100, windowDays: 90, days: [], firstFlowDay: null, topCounterpartyInflow: 0, monthlyInflow: [] })).toBe(
      0,
    );
  });
  it("the dense series starts at the first flow when that is inside the window", () => {
    const w = {
      asOfDay: 100,
      windowDays: 90,
      days: [{ day: 95, inflow: 7, outflow: 2, inCount: 1, outCount: 1 }],
      firstFlowDay: 91,
      topCounterpartyInflow: 0,
      monthlyInflow: [],
    };
    expect(dailySeries(w)).toEqual({ inflow: [0, 0, 0, 0, 7, 0, 0, 0, 0, 0], outflow: [0, 0, 0, 0, 2, 0, 0, 0, 0, 0] });
  });
});

describe("computeFeatures", () => {
  it("puts the helpers together on a steady ledger", () => {
    const f = computeFeatures(windowOf(Array(91).fill(1000), Array(91).fill(800), { top: 9100 }));
    expect(f).toEqual({
      inflow_regularity: 1,
      net_margin: expect.closeTo(0.2, 9),
      inflow_trend: 0,
      activity: 1,
      customer_concentration: expect.closeTo(0.1, 9),
      liquidity_stress: 0,
      anomalies: 0,
      history_days: 91,
      // Three whole months: too few to compare quarters or years, so no change is claimed.
      inflow_change: 0,
      inflow_off_peak: 0,
      inflow_year_on_year: 0,
    });
  });

  it("sees a slow decline that the 30-day trend misses, at any window", () => {
    // A year of takings falling 10 % a month, evenly: each 30 days against the 60 before moves
    // little, the last quarter against the year a lot.
    const inflow = Array.from({ length: 360 }, (_, d) => 1000 * 0.9 ** Math.floor(d / 30));
    for (const windowDays of [90, 365]) {
      const f = computeFeatures(windowOf(inflow, undefined, { windowDays }));
      expect(f.inflow_trend).toBeGreaterThan(-0.2);
      expect(f.inflow_change).toBeLessThan(-0.35);
      expect(f.inflow_off_peak).toBeLessThan(-0.55);
    }
  });

  it("reads the margin of the last 90 days, so a recent squeeze costs the same at any window", () => {
    // A year at a 30 % margin, then a quarter at 5 %: costs stayed while sales fell.
    const inflow = Array<number>(365).fill(1000);
    const outflow = inflow.map((x, d) => x * (d < 275 ? 0.7 : 0.95));
    for (const windowDays of [90, 365]) {
      expect(computeFeatures(windowOf(inflow, outflow, { windowDays })).net_margin).toBeCloseTo(0.05, 9);
    }
  });

  it("sees through the seasons year on year: a seasonal upswing neither reads as growth nor hides a halving", () => {
    // 13 months of takings swinging ±25 % over the year, the last quarter climbing to the peak.
    const season = (d: number) => 1 + 0.25 * Math.cos((2 * Math.PI * (d - 389)) / 365.25);
    const steady = Array.from({ length: 390 }, (_, d) => 1000 * season(d));
    // The same business, its takings halving over the last six months.
    const halving = steady.map((x, d) => x * 0.5 ** Math.max(0, (d - 209) / 180));
    for (const windowDays of [90, 365]) {
      const [s, h] = [steady, halving].map((inflow) => computeFeatures(windowOf(inflow, undefined, { windowDays })));
      expect(s!.inflow_change).toBeGreaterThan(0.15);
      expect(Math.abs(s!.inflow_year_on_year)).toBeLessThan(0.01);
      // The quarter against the year's average month: the upswing hides most of the halving.
      expect(h!.inflow_change).toBeGreaterThan(-0.25);
      expect(h!.inflow_year_on_year).toBeLessThan(-0.45);
    }
  });
});
