import { describe, expect, it } from "vitest";
import { trendOf } from "../../../scoring/trend";

describe("trendOf", () => {
  it("is stable without a previous score or within the threshold, up/down beyond it", () => {
    expect(trendOf(null, 700, 15)).toBe("stable");
    expect(trendOf(700, 715, 15)).toBe("stable");
    expect(trendOf(700, 685, 15)).toBe("stable");
    expect(trendOf(700, 716, 15)).toBe("up");
    expect(trendOf(700, 684, 15)).toBe("down");
  });
});
