import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { currentModel } from "../../../../scoring/model";
import { REDUCED_ARTIFACT, readArtifact } from "../../../../scoring/train/cli";
import { REDUCED_TRAINING, TRAINING } from "../../../../scoring/train/config";
import { formatJson } from "../../../../scoring/train/format";
import { trainModel } from "../../../../scoring/train/pipeline";

/**
 * Determinism. The full run takes about a minute (22,500 synthetic SMEs, each a year of flows),
 * too slow for a unit test; npm run model:evaluate reruns it and reports whether the committed
 * artifact comes out byte for byte. Here the same pipeline runs at under a third of the size —
 * same seeds, institutions, fit and privacy settings — and must reproduce its committed output
 * byte for byte, so any source of non-determinism (an unseeded draw, an order that depends on
 * a Map or a clock) shows up in `npm test`.
 */
describe("the training pipeline", () => {
  it("reproduces its committed reduced-size output byte for byte", () => {
    const { model } = trainModel(REDUCED_TRAINING, readArtifact());
    expect(`${formatJson(model)}\n`).toBe(readFileSync(REDUCED_ARTIFACT, "utf8"));
  }, 60_000);

  it("reduces only sizes: seeds, institutions' mixes and fit settings are the shipped ones", () => {
    expect(REDUCED_TRAINING.population.seed).toBe(TRAINING.population.seed);
    expect(REDUCED_TRAINING.holdout.seed).toBe(TRAINING.holdout.seed);
    expect(REDUCED_TRAINING.population.institutions.map((i) => [i.name, i.sectorMix])).toEqual(
      TRAINING.population.institutions.map((i) => [i.name, i.sectorMix]),
    );
    expect({ ...REDUCED_TRAINING.fedavg, rounds: 0 }).toEqual({ ...TRAINING.fedavg, rounds: 0 });
  });
});

describe("the shipped artifact", () => {
  it("comes from the federated run and records its provenance", () => {
    const p = currentModel.provenance as Record<string, any>;
    expect(p.method).toBe("fedavg+secure-aggregation");
    expect(p.population.seed).toBe(TRAINING.population.seed);
    expect(p.population.institutions.map((i: { name: string }) => i.name)).toEqual(TRAINING.population.institutions.map((i) => i.name));
    expect(p.fit.fedavg).toMatchObject({
      rounds: TRAINING.fedavg.rounds,
      local_steps: TRAINING.fedavg.localSteps,
      seed: TRAINING.fedavg.seed,
    });
    expect(Object.keys(p.evaluation)).toEqual(
      expect.arrayContaining(["auc", "oracle_auc", "ks", "calibration_max_abs_error", "federated_auc", "centralized_auc"]),
    );
  });

  it("gives every feature points strictly monotonic in its risk direction", () => {
    for (const f of currentModel.features) {
      const safestLast = f.direction === "higher_is_safer" ? f.points : [...f.points].reverse();
      safestLast.slice(1).forEach((p, i) => {
        expect(p, f.feature).toBeGreaterThan(safestLast[i]!);
      });
    }
  });

  it("keeps every sandbox fixture inside its grade with the recorded margin", () => {
    expect(currentModel.sandbox.min_margin_points).toBeGreaterThanOrEqual(0);
  });
});
