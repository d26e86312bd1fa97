import { describe, expect, it } from "vitest";
import { calibrateSector, quantile } from "../../../scoring/calibrate-sectors";
import { currentModel } from "../../../scoring/model";

describe("sector calibration", () => {
  it("interpolates quantiles", () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(() => quantile([], 0.5)).toThrow();
  });
  it("cuts A at the 80th percentile, B 55th, C 30th, D 10th", () => {
    const scores = Array.from({ length: 101 }, (_, i) => 400 + i * 4); // 400…800, quantile q → 400 + 400q
    expect(calibrateSector(scores, currentModel.grade_shares)).toEqual({ cutoffs: { A: 720, B: 620, C: 520, D: 440 }, median: 600 });
  });
  it("does not depend on the input order", () => {
    const scores = [700, 450, 620, 800, 510, 660, 590];
    expect(calibrateSector(scores, currentModel.grade_shares)).toEqual(calibrateSector([...scores].reverse(), currentModel.grade_shares));
  });
});
