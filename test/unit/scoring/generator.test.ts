import { describe, expect, it } from "vitest";
import { bucketize } from "../../../scoring/bucketize";
import { computeFeatures, LONG_VIEW_DAYS } from "../../../scoring/features";
import { generateFlows } from "../../../scoring/generator";
import { MOCK_SMES } from "../../../scoring/mock-smes";
import { mulberry32, normal } from "../../../scoring/prng";
import { profileFor } from "../../../scoring/profiles";
import { scoreFeatures } from "../../../scoring/score";
import type { Flow } from "../../../scoring/types";

const AS_OF = 20_610; // 2026-06-06
const DAY_MS = 86_400_000;
const year = (seed: number, asOfDay = AS_OF, profile = profileFor("commerce", 0.6)) => generateFlows(profile, { seed, asOfDay, days: 365 });

describe("prng", () => {
  it("is deterministic per seed and looks uniform/normal", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    const n = mulberry32(7);
    const zs = Array.from({ length: 10_000 }, () => normal(n));
    expect(Math.sqrt(zs.reduce((s, z) => s + z * z, 0) / zs.length)).toBeCloseTo(1, 1);
  });
});

describe("generateFlows", () => {
  it("is byte-identical for the same seed and differs for another", () => {
    expect(JSON.stringify(year(7))).toBe(JSON.stringify(year(7)));
    expect(JSON.stringify(year(8))).not.toBe(JSON.stringify(year(7)));
  });

  it("makes well-formed flows: deterministic ids, positive integer XOF, inside the year, oldest first", () => {
    const flows = year(7);
    expect(flows[0]!.id).toBe("mock_7_1");
    expect(new Set(flows.map((f) => f.id)).size).toBe(flows.length);
    for (const f of flows) {
      expect(Number.isInteger(f.amount) && f.amount > 0).toBe(true);
      expect(f.occurred_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const day = Math.floor(Date.parse(f.occurred_at) / DAY_MS);
      expect(day).toBeGreaterThan(AS_OF - 365);
      expect(day).toBeLessThanOrEqual(AS_OF);
    }
    const times = flows.map((f) => Date.parse(f.occurred_at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("keeps a mock ledger (13 months) cheap to ingest: 750–3,000 flows", () => {
    for (const m of MOCK_SMES) {
      const n = generateFlows(m.profile, { seed: m.seed, asOfDay: AS_OF, days: LONG_VIEW_DAYS }).length;
      expect(n).toBeGreaterThanOrEqual(750);
      expect(n).toBeLessThanOrEqual(3000);
    }
  });

  it("lays flows out relative to the as-of day, so a later day gives the same ledger shifted", () => {
    const shift = (flows: Flow[], days: number) =>
      flows.map((f) => ({ ...f, occurred_at: new Date(Date.parse(f.occurred_at) + days * DAY_MS).toISOString().replace(".000Z", "Z") }));
    expect(year(7, AS_OF + 123)).toEqual(shift(year(7), 123));
  });

  it("honours a thin history and a sudden drop", () => {
    const thin = generateFlows({ ...profileFor("services", 0.6), historyDays: 45 }, { seed: 3, asOfDay: AS_OF, days: 365 });
    expect(computeFeatures(bucketize(thin, AS_OF, 365)).history_days).toBeLessThanOrEqual(45);
    const dropped = generateFlows(
      { ...profileFor("services", 0.6), drop: { days: 30, factor: 0.3 } },
      { seed: 3, asOfDay: AS_OF, days: 365 },
    );
    expect(computeFeatures(bucketize(dropped, AS_OF, 90)).inflow_trend).toBeLessThan(-0.5);
  });

  it("gives a declining SME the same luck as its steady twin: the same days and times, the same flows before the decline", () => {
    const steady = profileFor("commerce", 0.6);
    const twins = [steady, { ...steady, trajectory: { months: 6, change: 0.5 } }].map((p) =>
      generateFlows(p, { seed: 11, asOfDay: AS_OF, days: LONG_VIEW_DAYS }),
    );
    const [a, b] = twins as [Flow[], Flow[]];
    // Amounts differ once the decline starts, and so may which payer a payment goes to (the
    // largest one's turn depends on the amounts); when each flow happens does not.
    const when = ({ id, occurred_at, direction, channel }: Flow) => ({ id, occurred_at, direction, channel });
    expect(b.map(when)).toEqual(a.map(when));
    const declineStart = (AS_OF - 6 * 30) * DAY_MS;
    const inflowsBefore = (flows: Flow[]) => flows.filter((f) => f.direction === "in" && Date.parse(f.occurred_at) < declineStart);
    expect(inflowsBefore(b)).toEqual(inflowsBefore(a));
    const last = (flows: Flow[]) => flows.filter((f) => f.direction === "in" && Date.parse(f.occurred_at) >= (AS_OF - 29) * DAY_MS);
    const total = (flows: Flow[]) => flows.reduce((s, f) => s + f.amount, 0);
    expect(total(last(b)) / total(last(a))).toBeGreaterThan(0.45);
    expect(total(last(b)) / total(last(a))).toBeLessThan(0.56);
  });

  it("gives the same score for the same seed", () => {
    const score = () => scoreFeatures(computeFeatures(bucketize(year(11), AS_OF, 90)), "commerce");
    expect(score()).toEqual(score());
  });
});

describe("bucketize", () => {
  const at = (day: number, hour: number) => new Date(day * DAY_MS + hour * 3_600_000).toISOString();
  const flows: Flow[] = [
    { id: "a", occurred_at: at(95, 1), amount: 500, direction: "in", counterparty: "x" }, // before the window: history only
    { id: "b", occurred_at: at(98, 23.99), amount: 100, direction: "in", counterparty: "x" },
    { id: "c", occurred_at: at(98, 8), amount: 40, direction: "out" },
    { id: "d", occurred_at: at(99, 0), amount: 70, direction: "in", counterparty: "y" },
    { id: "e", occurred_at: at(100, 12), amount: 60, direction: "in", counterparty: "x" },
    { id: "f", occurred_at: at(100, 13), amount: 999, direction: "in" }, // no counterparty: counts in the day, not for a payer
    { id: "g", occurred_at: at(101, 0), amount: 5, direction: "in", counterparty: "z" }, // after the as-of day
  ];

  it("aggregates by UTC day inside the window, sorted, with the top payer's window inflow", () => {
    expect(bucketize(flows, 100, 3)).toEqual({
      asOfDay: 100,
      windowDays: 3,
      days: [
        { day: 98, inflow: 100, outflow: 40, inCount: 1, outCount: 1 },
        { day: 99, inflow: 70, outflow: 0, inCount: 1, outCount: 0 },
        { day: 100, inflow: 1059, outflow: 0, inCount: 2, outCount: 0 },
      ],
      firstFlowDay: 95,
      topCounterpartyInflow: 160,
      monthlyInflow: [],
    });
  });

  it("is empty for no flows", () => {
    expect(bucketize([], 100, 90)).toEqual({
      asOfDay: 100,
      windowDays: 90,
      days: [],
      firstFlowDay: null,
      topCounterpartyInflow: 0,
      monthlyInflow: [],
    });
  });
});
