import { describe, expect, it } from "vitest";
import { currentModel, MAX_BINS, MIN_BINS, type ScorecardModel, validateModel } from "../../../scoring/model";
import { FEATURE_NAMES, GRADES, SECTORS } from "../../../scoring/types";

const clone = (): ScorecardModel => structuredClone(currentModel);

describe("the federated-v4 artifact", () => {
  it("names itself and carries the agreed scaling and provenance", () => {
    expect(currentModel.name).toBe("federated-v4");
    expect(currentModel.version).toBe("4.1.0");
    expect(currentModel.scaling).toEqual({ pdo: 50, odds: 30, points: 600, min: 300, max: 900 });
    expect(currentModel.provenance.method).toBe("fedavg+secure-aggregation");
    expect(currentModel.provenance.note).toMatch(/SYNTHETIC/);
    expect(currentModel.trend.threshold).toBe(15);
  });

  it(`gives every feature ${MIN_BINS}–${MAX_BINS} bins whose points rise strictly towards the safer side`, () => {
    expect(currentModel.features.map((f) => f.feature)).toEqual([...FEATURE_NAMES]);
    for (const f of currentModel.features) {
      expect(f.points.length).toBeGreaterThanOrEqual(MIN_BINS);
      expect(f.points.length).toBeLessThanOrEqual(MAX_BINS);
      const towardsSafe = f.direction === "higher_is_safer" ? f.points : [...f.points].reverse();
      towardsSafe.slice(1).forEach((p, i) => {
        expect(p).toBeGreaterThan(towardsSafe[i]!);
      });
    }
  });

  it("has stable reason codes R01…R11 in feature order", () => {
    expect(currentModel.reason_codes.map((r) => [r.code, r.factor])).toEqual(
      FEATURE_NAMES.map((f, i) => [`R${String(i + 1).padStart(2, "0")}`, f]),
    );
  });

  it("has grade cutoffs falling from A to D and a median for every sector", () => {
    for (const s of SECTORS) {
      const { cutoffs, median } = currentModel.sectors[s];
      expect(cutoffs.A).toBeGreaterThan(cutoffs.B);
      expect(cutoffs.C).toBeGreaterThan(cutoffs.D);
      expect(median).toBeGreaterThan(cutoffs.C);
      expect(median).toBeLessThan(cutoffs.A);
    }
    expect(GRADES.map((g) => currentModel.grade_shares[g])).toEqual([0.2, 0.25, 0.25, 0.2, 0.1]);
  });

  it("spans the score range: the best bins sum above 800, the worst below 400 (clamped to 300–900)", () => {
    const best = currentModel.features.reduce((s, f) => s + Math.max(...f.points), 0);
    const worst = currentModel.features.reduce((s, f) => s + Math.min(...f.points), 0);
    expect(best).toBeGreaterThan(800);
    expect(worst).toBeLessThan(400);
  });
});

describe("validateModel", () => {
  it("refuses non-monotonic points, bad edges, missing features and unordered cutoffs", () => {
    const flat = clone();
    flat.features[0]!.points[1] = flat.features[0]!.points[0]!;
    expect(() => validateModel(flat)).toThrow(/rise towards the safer side/);

    const edges = clone();
    edges.features[1]!.edges.reverse();
    expect(() => validateModel(edges)).toThrow(/edges must increase/);

    const missing = clone();
    missing.features.pop();
    expect(() => validateModel(missing)).toThrow(/features must be exactly/);

    const cutoffs = clone();
    cutoffs.sectors.health.cutoffs.B = cutoffs.sectors.health.cutoffs.A + 1;
    expect(() => validateModel(cutoffs)).toThrow(/health cutoffs/);
  });
});
