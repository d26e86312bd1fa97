import { describe, expect, it } from "vitest";
import { bucketize } from "../../../scoring/bucketize";
import { computeFeatures, LONG_VIEW_DAYS } from "../../../scoring/features";
import { generateFlows, type SmeProfile } from "../../../scoring/generator";
import { MOCK_SMES } from "../../../scoring/mock-smes";
import { scoreFeatures } from "../../../scoring/score";
import { checkSufficiency } from "../../../scoring/sufficiency";
import { GRADES, SECTORS } from "../../../scoring/types";

const FIXED_AS_OF = 20_610; // 2026-06-06
const OTHER_AS_OFS = [20_611, 20_700, 20_853, 21_001];

const scoreOf = (profile: SmeProfile, seed: number, asOfDay: number, windowDays: number) => {
  const window = bucketize(generateFlows(profile, { seed, asOfDay, days: LONG_VIEW_DAYS }), asOfDay, windowDays);
  expect(checkSufficiency(window)).toBeNull();
  return scoreFeatures(computeFeatures(window), profile.sector);
};

describe("MOCK_SMES", () => {
  it("has one SME per sector × grade, named SME_TEST_<SECTOR>_<GRADE>, spread over the 8 countries", () => {
    expect(MOCK_SMES).toHaveLength(50);
    expect(MOCK_SMES.map((m) => m.id)).toEqual(SECTORS.flatMap((s) => GRADES.map((g) => `SME_TEST_${s.toUpperCase()}_${g}`)));
    expect(MOCK_SMES.find((m) => m.id === "SME_TEST_COMMERCE_A")).toMatchObject({ sector: "commerce", grade: "A" });
    expect(new Set(MOCK_SMES.map((m) => m.country))).toEqual(new Set(["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"]));
    expect(new Set(MOCK_SMES.map((m) => m.seed)).size).toBe(50);
  });

  for (const windowDays of [90, 365]) {
    it(`each scores into its named grade over ${windowDays} days, the same on every as-of day`, () => {
      for (const m of MOCK_SMES) {
        const fixed = scoreOf(m.profile, m.seed, FIXED_AS_OF, windowDays);
        expect({ id: m.id, grade: fixed.grade }).toEqual({ id: m.id, grade: m.grade });
        for (const asOfDay of OTHER_AS_OFS) expect(scoreOf(m.profile, m.seed, asOfDay, windowDays)).toEqual(fixed);
      }
    });
  }

  it("rank A above B above … above E within every sector", () => {
    for (const sector of SECTORS) {
      const scores = MOCK_SMES.filter((m) => m.sector === sector).map((m) => scoreOf(m.profile, m.seed, FIXED_AS_OF, 365).score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });
});

describe("a collapse of inflows in the last month", () => {
  it("scores lower than the same SME without it, over 90 and 365 days", () => {
    for (const m of MOCK_SMES.filter((x) => x.grade !== "E")) {
      const collapsed: SmeProfile = { ...m.profile, drop: { days: 30, factor: 0.3 } };
      for (const windowDays of [90, 365]) {
        const before = scoreOf(m.profile, m.seed, FIXED_AS_OF, windowDays);
        const after = scoreOf(collapsed, m.seed, FIXED_AS_OF, windowDays);
        expect(after.score).toBeLessThan(before.score);
        // Whether the trend makes the top four reasons depends on the fitted weights; that it
        // costs points does not.
        expect(after.points.inflow_trend).toBeLessThan(before.points.inflow_trend);
      }
    }
  });
});
