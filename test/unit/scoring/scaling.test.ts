import { describe, expect, it } from "vitest";
import { currentModel } from "../../../scoring/model";
import { clampScore, logOddsFromScore, pdFromScore, scaleToScore, scalingFactor, scalingOffset } from "../../../scoring/scaling";

const s = currentModel.scaling;

describe("PDO scaling", () => {
  it("has Factor = 50/ln 2 ≈ 72.13 and Offset ≈ 354.66", () => {
    expect(scalingFactor(s)).toBeCloseTo(72.1348, 3);
    expect(scalingOffset(s)).toBeCloseTo(354.66, 2);
  });
  it("puts 600 at odds 30:1, and +50 points doubles the odds", () => {
    expect(scaleToScore(Math.log(30), s)).toBeCloseTo(600, 9);
    for (const score of [450, 600, 700, 820]) {
      expect(Math.exp(logOddsFromScore(score + 50, s)) / Math.exp(logOddsFromScore(score, s))).toBeCloseTo(2, 9);
    }
  });
  it("maps the banker's anchors: 782 ≈ 0.27 %, 648 ≈ 1.7 %, 571 ≈ 4.7 %", () => {
    expect(pdFromScore(782, s)).toBeCloseTo(0.0027, 4);
    expect(pdFromScore(648, s)).toBeCloseTo(0.017, 3);
    expect(pdFromScore(571, s)).toBeCloseTo(0.047, 3);
    expect(pdFromScore(600, s)).toBeCloseTo(1 / 31, 9);
  });
  it("clamps to 300–900 as integers", () => {
    expect(clampScore(250.2, s)).toBe(300);
    expect(clampScore(950, s)).toBe(900);
    expect(clampScore(700.6, s)).toBe(701);
  });
});
