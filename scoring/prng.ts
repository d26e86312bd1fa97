/**
 * Seeded randomness for the synthetic generator. Math.random cannot be seeded, and the sandbox
 * promises the same flows for the same seed on every runtime, so everything random goes
 * through these few integer-exact helpers.
 */
export type Rng = () => number;

/** mulberry32: tiny, fast, 32-bit state; plenty for synthetic ledgers (not for cryptography). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller; 1 − u keeps the logarithm away from 0. */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  const u = 1 - rng();
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Lognormal with the given mean: multiplicative noise that never goes negative and, being
 * mean-preserving, does not inflate totals as `sigma` grows. */
export function lognormal(rng: Rng, mean: number, sigma: number): number {
  return mean * Math.exp(normal(rng, -(sigma * sigma) / 2, sigma));
}

/** Poisson by inversion; only used with small means (flows per day). */
export function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** Index drawn with probability proportional to `weights`. */
export function weightedIndex(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}
