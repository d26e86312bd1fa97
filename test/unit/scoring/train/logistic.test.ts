import { describe, expect, it } from "vitest";
import { mulberry32, normal } from "../../../../scoring/prng";
import { fedAvg } from "../../../../scoring/train/fedavg";
import { type Dataset, gradientSteps, irls, sigmoid, solve } from "../../../../scoring/train/logistic";
import { gaussianEpsilon } from "../../../../scoring/train/privacy";

/** y ~ Bernoulli(sigmoid(x·w)) with x = [1, N(0,1), N(0,1), N(0,1)]. */
function synthetic(w: number[], n: number, seed: number): Dataset {
  const rng = mulberry32(seed);
  const x = Array.from({ length: n }, () => [1, ...w.slice(1).map(() => normal(rng))]);
  return { x, y: x.map((row) => (rng() < sigmoid(row.reduce((s, v, j) => s + v * w[j]!, 0)) ? 1 : 0)) };
}

const TRUE_W = [1.5, 0.8, -0.5, 0];
const free = [false, false, false, false];

describe("logistic regression", () => {
  it("solves small linear systems", () => {
    expect(
      solve(
        [
          [2, 1],
          [1, 3],
        ],
        [3, 5],
      ).map((v) => +v.toFixed(12)),
    ).toEqual([0.8, 1.4]);
  });

  it("recovers known coefficients (IRLS) from 20,000 draws", () => {
    const w = irls(synthetic(TRUE_W, 20_000, 1), free);
    w.forEach((wj, j) => {
      expect(Math.abs(wj - TRUE_W[j]!)).toBeLessThan(0.06);
    });
  });

  it("holds a bounded coefficient at 0 when the data pull it negative", () => {
    const w = irls(synthetic(TRUE_W, 5_000, 2), [false, false, true, false]);
    expect(w[2]).toBe(0);
    expect(w[1]).toBeGreaterThan(0.5);
  });

  it("gets there by gradient descent too, and FedAvg over split data matches the pooled fit", () => {
    const d = synthetic(TRUE_W, 6_000, 3);
    const pooled = irls(d, free);
    gradientSteps([0, 0, 0, 0], d, 400, 2, free).forEach((v, j) => {
      expect(Math.abs(v - pooled[j]!)).toBeLessThan(1e-3);
    });
    const cuts = [0, 1000, 2500, 6000]; // three unequal clients
    const clients = cuts.slice(1).map((to, k) => ({ x: d.x.slice(cuts[k], to), y: d.y.slice(cuts[k], to) }));
    // Without noise the row bound only sets the local step, 8/C² = 2.
    const fed = fedAvg(clients, [0, 0, 0, 0], free, 2, { rounds: 200, localSteps: 2, seed: 1, dp: null });
    fed.weights.forEach((v, j) => {
      expect(Math.abs(v - pooled[j]!)).toBeLessThan(1e-3);
    });
    expect(fed.epsilon).toBeNull();
    // One institution drops out of every tenth round (a different one each time): the
    // secure sum recovers the survivors' step and the fit ends at the same weights.
    const flaky = fedAvg(clients, [0, 0, 0, 0], free, 2, { rounds: 200, localSteps: 2, seed: 1, dp: null }, undefined, (r) =>
      r % 10 === 0 ? [(r / 10) % 3] : [],
    );
    flaky.weights.forEach((v, j) => {
      expect(Math.abs(v - pooled[j]!)).toBeLessThan(1e-3);
    });
  });
});

describe("the privacy budget", () => {
  it("is the RDP bound of the Gaussian mechanism: less noise or more rounds spend more", () => {
    // One round at z = 1, δ = 1e-5: min over α of α/2 + ln(1e5)/(α − 1) ≈ 5.30 (α ≈ 5.8).
    expect(gaussianEpsilon(1, 1, 1e-5)).toBeCloseTo(0.5 + Math.sqrt(2 * Math.log(1e5)), 1);
    expect(gaussianEpsilon(2, 100, 1e-5)).toBeGreaterThan(gaussianEpsilon(4, 100, 1e-5));
    expect(gaussianEpsilon(4, 400, 1e-5)).toBeGreaterThan(gaussianEpsilon(4, 100, 1e-5));
  });
});
