import { mulberry32, normal } from "../prng";
import { type Dataset, gradientSteps, project } from "./logistic";
import { gaussianEpsilon } from "./privacy";
import { secureSum } from "./secure-aggregation";

/**
 * Federated averaging (McMahan et al. 2017): each round every institution starts from the
 * shared model, takes `localSteps` gradient steps on its own SMEs, and sends only its change,
 * weighted by its share of all SMEs; the securely aggregated sum of the changes is the next
 * model's step. Raw features and outcomes never leave an institution.
 *
 * Differential privacy, per SME (replace one SME): inputs are bounded (‖x‖ ≤ C, known from the
 * public bins), so one SME's gradient has norm ≤ C and swapping it moves its institution's
 * step by at most 2·rate·C/n_k, i.e. the weighted change by 2·rate·C/N. That bound is the clip,
 * with nothing to cut. Over several local steps it only adds up if each step is non-expansive,
 * which for this convex, (C²/4)-smooth loss needs rate ≤ 8/C² (Hardt, Recht & Singer 2016);
 * hence the rate used, 8/C², and the sensitivity 2·steps·rate·C/N. Each institution adds Gaussian noise of variance
 * (z·sensitivity)²/K before masking, so the sum carries the full noise and no single update is
 * ever seen.
 */

export interface DpSettings {
  noiseMultiplier: number;
  delta: number;
}

export interface FedAvgSettings {
  rounds: number;
  localSteps: number;
  /** Seeds the pairwise masks and the noise of every round. */
  seed: number;
  dp: DpSettings | null;
}

export interface FedAvgResult {
  weights: number[];
  /** The local step size, 8/C²; the per-round L2 sensitivity of the aggregate to one SME, and the noise sd added to it. */
  learningRate: number;
  sensitivity: number;
  noiseSd: number;
  /** (ε, δ) over all rounds; null without DP. */
  epsilon: number | null;
}

export type RoundProgress = (round: number, rounds: number) => void;

/** Which institutions fail to answer in a round (none, in the shipped fit). */
export type Dropouts = (round: number) => readonly number[];

export function fedAvg(
  clients: readonly Dataset[],
  init: readonly number[],
  nonNegative: readonly boolean[],
  rowNormBound: number,
  s: FedAvgSettings,
  progress?: RoundProgress,
  dropouts: Dropouts = () => [],
): FedAvgResult {
  const total = clients.reduce((n, c) => n + c.x.length, 0);
  const rate = 8 / rowNormBound ** 2;
  const sensitivity = (2 * s.localSteps * rate * rowNormBound) / total;
  const noiseSd = s.dp ? s.dp.noiseMultiplier * sensitivity : 0;
  let w = [...init];
  for (let round = 0; round < s.rounds; round++) {
    const absent = dropouts(round);
    const updates = clients.map((c, k) => {
      if (absent.includes(k)) return null;
      const local = gradientSteps(w, c, s.localSteps, rate, nonNegative);
      const rng = mulberry32((s.seed * 1_000_003 + round * 1009 + k) >>> 0);
      const share = noiseSd / Math.sqrt(clients.length);
      return local.map((x, j) => (c.x.length / total) * (x - w[j]!) + (share > 0 ? normal(rng, 0, share) : 0));
    });
    const step = secureSum(updates, (s.seed + round) >>> 0);
    // Each update was weighted by its share of all SMEs: scaled back up to the answering ones' SMEs
    // when some dropped out. Scaling and clamping after the noise are post-processing: no privacy cost.
    const answered = clients.reduce((n, c, k) => n + (absent.includes(k) ? 0 : c.x.length), 0);
    const scale = answered === total ? 1 : total / answered;
    w = project(
      w.map((x, j) => x + step[j]! * scale),
      nonNegative,
    );
    progress?.(round + 1, s.rounds);
  }
  return {
    weights: w,
    learningRate: rate,
    sensitivity,
    noiseSd,
    epsilon: s.dp ? gaussianEpsilon(s.dp.noiseMultiplier, s.rounds, s.dp.delta) : null,
  };
}
