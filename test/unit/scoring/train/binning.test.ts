import { describe, expect, it } from "vitest";
import { MAX_BINS } from "../../../../scoring/model";
import { coarseClass, FINE_CUTS, histogram, mergeBins, weightOfEvidence } from "../../../../scoring/train/binning";
import { FEATURE_NAMES, type Features } from "../../../../scoring/types";

/** Fine cells of `activity` (0.02 wide) whose bad rate falls with the value, plus noise bumps. */
const cells = () =>
  Array.from({ length: FINE_CUTS.activity.length + 1 }, (_, i) => {
    const bad = Math.round(40 * (1 - i / 50) + (i % 7 === 3 ? 8 : 0));
    return { good: 200 - bad, bad };
  });

describe("coarse classing", () => {
  it("gives 4–6 bins, WoE strictly rising for a safer-when-higher feature, each ≥ 5 % of SMEs", () => {
    const b = coarseClass("activity", "higher_is_safer", cells());
    expect(b.bins.length).toBeGreaterThanOrEqual(4);
    expect(b.bins.length).toBeLessThanOrEqual(MAX_BINS);
    b.woe.slice(1).forEach((w, i) => {
      expect(w).toBeGreaterThan(b.woe[i]!);
    });
    const total = b.bins.reduce((s, x) => s + x.good + x.bad, 0);
    for (const x of b.bins) expect((x.good + x.bad) / total).toBeGreaterThanOrEqual(0.05);
    expect(b.edges.every((e) => FINE_CUTS.activity.includes(e))).toBe(true);
  });

  it("pools everything when the data contradict the stated direction", () => {
    expect(() => coarseClass("activity", "higher_is_riskier", cells())).toThrow(/only 1 monotonic bins/);
  });

  it("computes WoE as ln(share of goods / share of bads), half a count added", () => {
    expect(
      weightOfEvidence([
        { good: 30, bad: 10 },
        { good: 70, bad: 90 },
      ]),
    ).toEqual([Math.log(30.5 / 100) - Math.log(10.5 / 100), Math.log(70.5 / 100) - Math.log(90.5 / 100)]);
  });

  it("merges two bins into one, dropping the edge between them", () => {
    const b = coarseClass("activity", "higher_is_safer", cells());
    const merged = mergeBins(b, 1);
    expect(merged.bins).toHaveLength(b.bins.length - 1);
    expect(merged.edges).toEqual([b.edges[0], ...b.edges.slice(2)]);
    expect(merged.bins[1]).toEqual({ good: b.bins[1]!.good + b.bins[2]!.good, bad: b.bins[1]!.bad + b.bins[2]!.bad });
  });
});

describe("histogram", () => {
  it("counts goods and bads per fine cell of every feature, in one flat vector", () => {
    const f = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Features;
    const h = histogram([f, { ...f, activity: 0.5 }], [false, true]);
    expect(h.length).toBe(FEATURE_NAMES.reduce((s, n) => s + 2 * (FINE_CUTS[n].length + 1), 0));
    expect(h.reduce((s, x) => s + x, 0)).toBe(2 * FEATURE_NAMES.length);
  });
});
