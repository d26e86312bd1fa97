/**
 * Logistic regression, plain and deterministic: y = 1 for a GOOD outcome, so the linear
 * predictor is the log-odds good:bad the scorecard scales. Rows carry a leading 1 (intercept).
 * Coefficients flagged non-negative are held ≥ 0: on WoE inputs a negative weight would turn a
 * feature's points against its risk direction (the positive-coefficient bound of FL-LRBC).
 */

export interface Dataset {
  x: number[][];
  y: number[];
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, ai, i) => s + ai * b[i]!, 0);

/** Mean negative log-likelihood and its gradient. */
export function lossAndGradient(w: readonly number[], d: Dataset): { loss: number; gradient: number[] } {
  const gradient = new Array<number>(w.length).fill(0);
  let loss = 0;
  d.x.forEach((row, i) => {
    const z = dot(w, row);
    const p = sigmoid(z);
    const y = d.y[i]!;
    // log(1 + e^z) − y·z, written to stay finite for large |z|.
    loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z;
    row.forEach((xj, j) => {
      gradient[j]! += (p - y) * xj;
    });
  });
  const n = d.x.length;
  return { loss: loss / n, gradient: gradient.map((g) => g / n) };
}

/** Clamps the flagged coefficients at 0: the Euclidean projection onto the constraint set. */
export const project = (w: readonly number[], nonNegative: readonly boolean[]) => w.map((x, j) => (nonNegative[j] && x < 0 ? 0 : x));

/** Projected full-batch gradient descent: the local solver of a federated client. */
export function gradientSteps(w0: readonly number[], d: Dataset, steps: number, rate: number, nonNegative: readonly boolean[]): number[] {
  let w = [...w0];
  for (let s = 0; s < steps; s++) {
    const { gradient } = lossAndGradient(w, d);
    w = project(
      w.map((x, j) => x - rate * gradient[j]!),
      nonNegative,
    );
  }
  return w;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and dense). */
export function solve(a: readonly number[][], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (m[r]![n]! - dot(m[r]!.slice(r + 1, n), x.slice(r + 1))) / m[r]![r]!;
  return x;
}

/** One Newton step restricted to the free coefficients (the others stay at 0). */
function newtonStep(w: readonly number[], d: Dataset, free: readonly boolean[]): number[] {
  const idx = w.map((_, j) => j).filter((j) => free[j]);
  const hessian = idx.map(() => new Array<number>(idx.length).fill(0));
  const gradient = new Array<number>(idx.length).fill(0);
  d.x.forEach((row, i) => {
    const p = sigmoid(dot(w, row));
    const weight = p * (1 - p);
    idx.forEach((a, ia) => {
      gradient[ia]! += (p - d.y[i]!) * row[a]!;
      idx.forEach((b, ib) => {
        hessian[ia]![ib]! += weight * row[a]! * row[b]!;
      });
    });
  });
  const step = solve(hessian, gradient);
  const next = [...w];
  idx.forEach((j, k) => {
    next[j] = w[j]! - step[k]!;
  });
  return next;
}

/** Columns after the intercept that hold one value for every row: they carry nothing, and
 * would make the Hessian singular (a small book can leave a feature in a single bin). */
const constantColumns = (d: Dataset) => d.x[0]!.map((first, j) => j > 0 && d.x.every((row) => row[j] === first));

/**
 * Maximum likelihood by iteratively reweighted least squares (Newton's method), with an active
 * set for the bounds: a flagged coefficient that comes out negative is fixed at 0 and the rest
 * refitted, until none does. Constant columns keep a 0 weight; a step that is not finite (a
 * near-singular Hessian) ends the iterations at the last finite fit.
 */
export function irls(d: Dataset, nonNegative: readonly boolean[], maxIterations = 50, tolerance = 1e-10): number[] {
  const width = d.x[0]!.length;
  const free = constantColumns(d).map((constant) => !constant);
  for (;;) {
    let w = new Array<number>(width).fill(0);
    for (let it = 0; it < maxIterations; it++) {
      const next = newtonStep(w, d, free);
      if (!next.every(Number.isFinite)) break;
      const moved = Math.max(...next.map((x, j) => Math.abs(x - w[j]!)));
      w = next;
      if (moved < tolerance) break;
    }
    const negative = w.findIndex((x, j) => nonNegative[j] && free[j] && x < 0);
    if (negative < 0) return w;
    free[negative] = false;
  }
}
