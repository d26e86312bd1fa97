import { describe, expect, it } from "vitest";
import { foldCashflow, periodStart, periodStarts } from "../../../durable-objects/cashflow";
import { DAY_MS } from "../../../scoring/bucketize";

const day = (iso: string) => Date.parse(iso) / DAY_MS;
const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const bucket = (isoDay: string, inflow: number, outflow = 0) => ({
  day: day(isoDay),
  inflow,
  outflow,
  inCount: inflow ? 1 : 0,
  outCount: outflow ? 1 : 0,
});

describe("cash-flow periods from day buckets", () => {
  it("weeks start on Monday (ISO), months on the 1st, in UTC, before 1970 too", () => {
    expect(iso(periodStart(day("2026-12-02"), "week"))).toBe("2026-11-30");
    expect(iso(periodStart(day("2026-11-30"), "week"))).toBe("2026-11-30");
    expect(iso(periodStart(day("2026-12-06"), "week"))).toBe("2026-11-30");
    expect(iso(periodStart(0, "week"))).toBe("1969-12-29");
    expect(iso(periodStart(day("2024-02-29"), "month"))).toBe("2024-02-01");
  });

  it("lists the periods ending with the current one, across a year boundary", () => {
    expect(periodStarts(day("2026-02-10"), "month", 4).map(iso)).toEqual(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]);
    expect(periodStarts(day("2026-01-01"), "week", 2).map(iso)).toEqual(["2025-12-22", "2025-12-29"]);
  });

  it("adds every bucket to its period, zeros where none, nothing outside the periods", () => {
    const days = [
      bucket("2026-03-15", 10, 4),
      bucket("2026-01-31", 7),
      bucket("2026-01-01", 5, 1),
      bucket("2025-12-31", 1000),
      bucket("2026-03-16", 2),
    ];
    const months = foldCashflow(days, day("2026-03-15"), "month", 3);
    expect(months.map((m) => [iso(m.firstDay), iso(m.lastDay), m.inflow, m.outflow, m.inCount, m.outCount])).toEqual([
      ["2026-01-01", "2026-01-31", 12, 1, 2, 1],
      ["2026-02-01", "2026-02-28", 0, 0, 0, 0],
      ["2026-03-01", "2026-03-31", 10, 4, 1, 1],
    ]);
  });

  it("conserves the totals of the days it covers", () => {
    const days = Array.from({ length: 200 }, (_v, i) => ({
      day: day("2026-01-01") + i,
      inflow: i * 3,
      outflow: i,
      inCount: 1,
      outCount: 1,
    }));
    const weeks = foldCashflow(days, day("2026-01-01") + 199, "week", 36);
    expect(weeks.reduce((s, w) => s + w.inflow, 0)).toBe(days.reduce((s, d) => s + d.inflow, 0));
    expect(weeks.every((w, i) => i === 0 || w.firstDay === weeks[i - 1]!.lastDay + 1)).toBe(true);
  });
});
