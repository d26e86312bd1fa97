import { describe, expect, it } from "vitest";
import { decide, REVIEW_MARGIN } from "../../../web/src/decision";

const settings = { score_threshold: 550, risk_zone_pd: 0.1 };
const facts = (over: Partial<Parameters<typeof decide>[0]> = {}) => ({
  score: 700,
  grade: "B" as const,
  pd: 0.02,
  trend: "stable" as const,
  ...over,
});

describe("the demo's credit decision", () => {
  it("declines below the threshold, whatever else", () => {
    expect(decide(facts({ score: 549, grade: "A", trend: "up" }), settings)).toEqual({ decision: "decline", why: ["below_threshold"] });
  });

  it("approves a score clear of the threshold with no warning sign", () => {
    expect(decide(facts({ score: 550 + REVIEW_MARGIN }), settings)).toEqual({ decision: "approve", why: ["clear"] });
  });

  it("sends to review, with every reason: risk zone (grade or PD), near the threshold, falling", () => {
    expect(decide(facts({ score: 550 }), settings)).toEqual({ decision: "review", why: ["near_threshold"] });
    expect(decide(facts({ grade: "D" }), settings).why).toEqual(["risk_zone"]);
    expect(decide(facts({ pd: 0.11 }), settings).why).toEqual(["risk_zone"]);
    expect(decide(facts({ trend: "down" }), settings).why).toEqual(["falling"]);
    expect(decide(facts({ score: 560, grade: "E", trend: "down" }), settings)).toEqual({
      decision: "review",
      why: ["risk_zone", "near_threshold", "falling"],
    });
  });

  it("follows the institution's own threshold", () => {
    expect(decide(facts({ score: 700 }), { ...settings, score_threshold: 720 }).decision).toBe("decline");
  });
});
