import { describe, expect, it } from "vitest";
import { checkSufficiency, MIN_HISTORY_DAYS, MIN_INFLOW_DAYS } from "../../../scoring/sufficiency";
import { windowOf } from "./helpers";

describe("checkSufficiency", () => {
  it("accepts 30 days of history with 10 inflow days", () => {
    const inflow = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 100 : 0));
    inflow[29] = 100;
    expect(checkSufficiency(windowOf(inflow, undefined, { windowDays: 90 }))).toBeNull();
  });

  it("says how much history is missing", () => {
    const r = checkSufficiency(windowOf(Array(12).fill(100), undefined, { windowDays: 90 }));
    expect(r?.missing).toEqual([{ requirement: "history_days", need: MIN_HISTORY_DAYS, have: 12 }]);
    expect(r?.message).toContain("need at least 30 days of history, have 12");
  });

  it("says how many inflow days are missing, and both when both are", () => {
    const sparse = Array.from({ length: 60 }, (_, i) => (i % 20 === 0 ? 100 : 0));
    expect(checkSufficiency(windowOf(sparse))?.message).toContain(
      `need at least ${MIN_INFLOW_DAYS} days with inflows in the 60-day window, have 3`,
    );
    const empty = checkSufficiency({
      asOfDay: 100,
      windowDays: 90,
      days: [],
      firstFlowDay: null,
      topCounterpartyInflow: 0,
      monthlyInflow: [],
    });
    expect(empty?.missing.map((m) => m.requirement)).toEqual(["history_days", "inflow_days"]);
  });

  it("counts only inflow days inside the window", () => {
    const w = windowOf(Array(200).fill(100), undefined, { windowDays: 200 });
    expect(checkSufficiency({ ...w, windowDays: 5 })?.missing).toEqual([{ requirement: "inflow_days", need: MIN_INFLOW_DAYS, have: 5 }]);
  });
});
