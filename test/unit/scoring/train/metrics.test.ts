import { describe, expect, it } from "vitest";
import { auc, calibration, decileEdges, gini, ks, psi } from "../../../../scoring/train/metrics";

// Risk: higher = more likely to default. Outcomes: true = defaulted.
describe("auc", () => {
  it("is 1 for a perfect ranking, 0 for a reversed one, 0.5 when all tie", () => {
    expect(auc([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(auc([0.1, 0.2, 0.8, 0.9], [true, true, false, false])).toBe(0);
    expect(auc([1, 1, 1, 1], [true, false, true, false])).toBe(0.5);
  });
  it("counts the share of bad–good pairs ranked right, ties half", () => {
    // Bads at 3 and 1, goods at 2 and 1: pairs (3,2) ✓ (3,1) ✓ (1,2) ✗ (1,1) tie → 2.5 / 4.
    expect(auc([3, 1, 2, 1], [true, true, false, false])).toBe(0.625);
    expect(gini(0.625)).toBe(0.25);
  });
  it("refuses a sample with one outcome only", () => {
    expect(() => auc([1, 2], [false, false])).toThrow();
  });
});

describe("ks", () => {
  it("is the widest gap between the cumulative shares of bads and goods", () => {
    // From the riskiest: 4 bad (1/2, 0), 3 good (1/2, 1/2), 2 bad (1, 1/2), 1 good (1, 1): max 1/2.
    expect(ks([4, 3, 2, 1], [true, false, true, false])).toBe(0.5);
    expect(ks([4, 3, 2, 1], [true, true, false, false])).toBe(1);
  });
  it("only cuts between distinct values", () => {
    expect(ks([1, 1, 1, 1], [true, false, true, false])).toBe(0);
  });
});

describe("psi", () => {
  it("is 0 for identical distributions and Σ (a − e)·ln(a/e) otherwise", () => {
    expect(psi([1, 2, 3, 4], [1, 2, 3, 4], [2.5])).toBe(0);
    // Expected 50/50 across the edge, actual 75/25: (0.25−0.5)·ln(0.5) + (0.75−0.5)·ln(1.5).
    expect(psi([1, 2, 3, 4], [1, 3, 4, 4], [2.5])).toBeCloseTo(-0.25 * Math.log(0.5) + 0.25 * Math.log(1.5), 12);
  });
  it("cuts at distinct deciles", () => {
    expect(decileEdges(Array.from({ length: 100 }, (_, i) => i))).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(decileEdges([1, 1, 1, 2])).toEqual([1, 2]);
  });
});

describe("calibration", () => {
  it("sets the mean stated PD against the observed default rate per group", () => {
    expect(calibration(["B", "A", "A", "B"], [0.1, 0.2, 0.4, 0.3], [false, true, false, true])).toEqual([
      { group: "A", n: 2, predicted: 0.30000000000000004, observed: 0.5 },
      { group: "B", n: 2, predicted: 0.2, observed: 0.5 },
    ]);
  });
});
