import { describe, expect, it } from "vitest";
import { compact, count, money, monthTick, percent } from "../../../web/src/format";

// fr-FR groups digits with a narrow no-break space (U+202F); normalise spaces to compare.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("numbers and amounts, fr-FR and en, in XOF", () => {
  it("amounts in whole francs CFA", () => {
    expect(plain(money("fr", 1_234_567))).toBe("1 234 567 F CFA");
    expect(plain(money("en", 1_234_567))).toBe("F CFA 1,234,567");
  });

  it("counts, percentages and axis figures", () => {
    expect(plain(count("fr", 12_500))).toBe("12 500");
    expect(count("en", 12_500)).toBe("12,500");
    expect(plain(percent("fr", 0.0829, 2))).toBe("8,29 %");
    expect(percent("en", 0.0829, 2)).toBe("8.29%");
    expect(plain(compact("fr", 12_500_000))).toBe("12,5 M");
    expect(compact("en", 12_500_000)).toBe("12.5M");
  });

  it("months for axes, with the year where it changes", () => {
    expect(monthTick("fr", "2026-01-01", true)).toBe("janv. 26");
    expect(monthTick("en", "2026-03-01", false)).toBe("Mar");
  });
});
