import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentModel } from "../../../scoring/model";
import { benchmarkOf, binPoints, scoreFeatures } from "../../../scoring/score";
import type { Features } from "../../../scoring/types";

const healthy: Features = {
  inflow_regularity: 0.85,
  net_margin: 0.3,
  inflow_trend: 0.05,
  activity: 0.9,
  customer_concentration: 0.15,
  liquidity_stress: 0.05,
  anomalies: 0,
  history_days: 365,
  inflow_change: 0.1,
  inflow_off_peak: 0,
  inflow_year_on_year: 0.1,
};
const distressed: Features = {
  inflow_regularity: 0.2,
  net_margin: -0.3,
  inflow_trend: -0.6,
  activity: 0.3,
  customer_concentration: 0.8,
  liquidity_stress: 1.5,
  anomalies: 10,
  history_days: 365,
  inflow_change: -0.6,
  inflow_off_peak: -0.7,
  inflow_year_on_year: -0.6,
};
/** Mid-table on every feature: its raw sum lies inside 300–900, so nothing is clamped. */
const middling: Features = {
  inflow_regularity: 0.6,
  net_margin: 0.05,
  inflow_trend: -0.1,
  activity: 0.6,
  customer_concentration: 0.4,
  liquidity_stress: 0.3,
  anomalies: 4,
  history_days: 365,
  inflow_change: -0.1,
  inflow_off_peak: -0.2,
  inflow_year_on_year: -0.1,
};
const bins = (name: keyof Features) => currentModel.features.find((f) => f.feature === name)!;

describe("scoreFeatures", () => {
  it("puts a healthy SME at 750 or more and a distressed one at 500 or less, with sensible PDs", () => {
    const good = scoreFeatures(healthy, "commerce");
    const bad = scoreFeatures(distressed, "commerce");
    expect(good.score).toBeGreaterThanOrEqual(750);
    expect(good.pd).toBeLessThan(0.005);
    expect(good.grade).toBe("A");
    expect(bad.score).toBeLessThanOrEqual(500);
    expect(bad.pd).toBeGreaterThan(0.1);
    expect(bad.grade).toBe("E");
  });

  it("sums the bin points into the score and derives the PD from that sum", () => {
    const r = scoreFeatures(middling, "services");
    expect(r.score).toBe(Object.values(r.points).reduce((s, p) => s + p, 0));
    expect(r.pd).toBe(Math.round((1 / (1 + Math.exp((r.score - 354.6601) / 72.1348))) * 1e4) / 1e4);
  });

  it("bins a value on an edge into the higher bin", () => {
    const b = bins("activity");
    expect(binPoints(b, b.edges[0]!)).toBe(b.points[1]);
    expect(binPoints(b, b.edges[0]! - 1e-9)).toBe(b.points[0]);
  });

  it("reports the signals", () => {
    const r = scoreFeatures({ ...healthy, inflow_regularity: 0.876, anomalies: 3 }, "health");
    expect(r.signals).toEqual({ cashflow_regularity: 0.88, sector_benchmark: "above", anomalies: 3 });
    expect(scoreFeatures(distressed, "health").signals.sector_benchmark).toBe("below");
    const { median } = currentModel.sectors.health;
    const band = currentModel.benchmark.band;
    expect([median - band - 1, median - band, median + band, median + band + 1].map((x) => benchmarkOf(x, "health", currentModel))).toEqual(
      ["below", "at", "at", "above"],
    );
  });

  it("grades against the sector's own cutoffs", () => {
    const f: Features = { ...healthy, net_margin: 0.1, customer_concentration: 0.4, inflow_regularity: 0.6 };
    const r = scoreFeatures(f, "commerce");
    for (const sector of ["commerce", "construction"] as const) {
      const c = currentModel.sectors[sector].cutoffs;
      const expected = r.score >= c.A ? "A" : r.score >= c.B ? "B" : r.score >= c.C ? "C" : r.score >= c.D ? "D" : "E";
      expect(scoreFeatures(f, sector).grade).toBe(expected);
    }
  });
});

describe("reasons", () => {
  it("lists at most 4, largest loss first, with stable codes and negative impacts", () => {
    const r = scoreFeatures(distressed, "commerce");
    expect(r.reasons).toHaveLength(4);
    const impacts = r.reasons.map((x) => x.impact);
    expect([...impacts].sort((a, b) => a - b)).toEqual(impacts);
    for (const reason of r.reasons) {
      const b = bins(reason.factor);
      expect(reason.impact).toBe(r.points[reason.factor] - Math.max(...b.points));
      expect(reason.impact).toBeLessThan(0);
      expect(reason.code).toBe(currentModel.reason_codes.find((c) => c.factor === reason.factor)!.code);
    }
  });

  it("omits features at their best bin and breaks ties by code", () => {
    // Every feature on the safe side of its safest edge.
    const atBest = Object.fromEntries(
      currentModel.features.map((b) => [b.feature, b.direction === "higher_is_safer" ? b.edges.at(-1)! : b.edges[0]! - 1e-9]),
    ) as Features;
    expect(scoreFeatures(atBest, "commerce").reasons).toEqual([]);
    // Give activity the same points as regularity, so both lose the same at their worst bin.
    const tied = structuredClone(currentModel);
    tied.features[3]!.points = [...tied.features[0]!.points];
    const f = { ...atBest, inflow_regularity: 0, activity: 0 };
    expect(scoreFeatures(f, "commerce", tied).reasons.map((x) => x.code)).toEqual(["R01", "R04"]);
    const r = scoreFeatures({ ...atBest, anomalies: 100, history_days: 31 }, "commerce");
    expect(r.reasons.map((x) => x.code)).toEqual(["R08", "R07"]);
  });
});

describe("monotonicity", () => {
  const features = fc.record({
    inflow_regularity: fc.double({ min: 0, max: 1, noNaN: true }),
    net_margin: fc.double({ min: -1, max: 1, noNaN: true }),
    inflow_trend: fc.double({ min: -1, max: 1, noNaN: true }),
    activity: fc.double({ min: 0, max: 1, noNaN: true }),
    customer_concentration: fc.double({ min: 0, max: 1, noNaN: true }),
    liquidity_stress: fc.double({ min: 0, max: 10, noNaN: true }),
    anomalies: fc.integer({ min: 0, max: 100 }),
    history_days: fc.integer({ min: 0, max: 400 }),
    inflow_change: fc.double({ min: -1, max: 1, noNaN: true }),
    inflow_off_peak: fc.double({ min: -1, max: 0, noNaN: true }),
    inflow_year_on_year: fc.double({ min: -1, max: 1, noNaN: true }),
  });
  const safer: [keyof Features, 1 | -1][] = [
    ["inflow_regularity", 1],
    ["net_margin", 1],
    ["inflow_trend", 1],
    ["activity", 1],
    ["customer_concentration", -1],
    ["liquidity_stress", -1],
    ["anomalies", -1],
    ["history_days", 1],
    ["inflow_change", 1],
    ["inflow_off_peak", 1],
    ["inflow_year_on_year", 1],
  ];

  it("never scores lower when one feature moves to its safer side, all else equal", () => {
    fc.assert(
      fc.property(features, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...safer), (f, step, [name, dir]) => {
        const better = {
          ...f,
          [name]: f[name] + dir * step * (name === "liquidity_stress" ? 10 : name === "anomalies" || name === "history_days" ? 100 : 1),
        };
        expect(scoreFeatures(better, "commerce").score).toBeGreaterThanOrEqual(scoreFeatures(f, "commerce").score);
      }),
      { numRuns: 500 },
    );
  });

  it("more regular, higher margin, rising inflows: never lower on a grid", () => {
    const grid = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
    for (const base of [healthy, distressed]) {
      let previous = -Infinity;
      for (const x of grid) {
        const s = scoreFeatures({ ...base, inflow_regularity: x, net_margin: x - 0.5, inflow_trend: 2 * x - 1 }, "commerce").score;
        expect(s).toBeGreaterThanOrEqual(previous);
        previous = s;
      }
    }
  });
});
