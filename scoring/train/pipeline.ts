import { calibrateSector } from "../calibrate-sectors";
import { MAX_BINS, type ScorecardModel, validateModel } from "../model";
import { referenceScores } from "../reference-population";
import { SECTORS } from "../types";
import type { TrainingConfig } from "./config";
import { type Evaluation, evaluate } from "./evaluation";
import { fitFederated } from "./fit";
import { generatePopulation, type PopulationSme } from "./population";
import { pickSeeds } from "./sandbox";
import { featureBins } from "./scorecard";

/**
 * The whole fit, as one deterministic function of the configuration and the artifact's fixed
 * parts (scaling, risk directions, reason codes, grade shares, reference settings): population,
 * federated fit, points, sector cutoffs, sandbox seeds, evaluation. No clock, no Math.random.
 */

export interface Log {
  stage(message: string): void;
  progress(label: string, done: number, total: number): void;
}

export const quiet: Log = { stage: () => {}, progress: () => {} };

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

function provenance(config: TrainingConfig, train: readonly PopulationSme[], fit: ReturnType<typeof fitFederated>, evaluation: Evaluation) {
  const { rounds, localSteps, seed, dp } = config.fedavg;
  return {
    method: "fedavg+secure-aggregation",
    note:
      "Fitted on a SYNTHETIC population (scoring/train/population.ts): no real loan outcomes exist yet. " +
      "Every SME's 12-month default probability is set by the generator, its flows drawn from the same traits, its outcome drawn from that probability. " +
      "See docs/model-card.md. Regenerate with: npm run model:train; check with: npm run model:evaluate.",
    population: {
      seed: config.population.seed,
      holdout_seed: config.holdout.seed,
      holdout_scale: config.holdout.scale,
      institutions: config.population.institutions.map((inst, k) => {
        const own = train.filter((s) => s.institution === k);
        return { name: inst.name, drawn: inst.smes, scored: own.length, defaults: own.filter((s) => s.defaulted).length };
      }),
    },
    fit: {
      binning: `monotonic coarse classing of securely summed fine histograms (≤ ${MAX_BINS} bins, ≥ 5 % each)`,
      pooled_tied_bin_pairs: fit.pooled,
      fedavg: { rounds, local_steps: localSteps, learning_rate: round(fit.federated.learningRate), seed },
      secure_aggregation: "pairwise additive masks, fixed point modulo 2^48 (Bonawitz et al. 2017)",
      intercept: round(fit.weights[0]!),
      slopes: Object.fromEntries(fit.binnings.map((b, j) => [b.feature, round(fit.weights[j + 1]!)])),
    },
    differential_privacy: dp && {
      unit: "one SME (replace-one)",
      noise_multiplier: dp.noiseMultiplier,
      delta: dp.delta,
      epsilon: round(fit.federated.epsilon!, 3),
      sensitivity: round(fit.federated.sensitivity, 8),
      scope: "the model updates of every round; the binning histograms are securely summed but not noised",
    },
    evaluation: { ...evaluation.figures, grades: evaluation.grades },
  };
}

export function trainModel(
  config: TrainingConfig,
  base: ScorecardModel,
  log: Log = quiet,
): { model: ScorecardModel; evaluation: Evaluation } {
  const { population } = config;
  log.stage("training population");
  const train = generatePopulation(population, (d, t) => log.progress("training SMEs", d, t));
  log.stage("held-out population");
  const holdoutInstitutions = population.institutions.map((i) => ({ ...i, smes: Math.round(i.smes * config.holdout.scale) }));
  const holdout = generatePopulation({ seed: config.holdout.seed, institutions: holdoutInstitutions }, (d, t) =>
    log.progress("held-out SMEs", d, t),
  );
  const fit = fitFederated(train, population.institutions.length, base, config.fedavg, {
    stage: (m) => log.stage(m),
    round: (r, t) => log.progress("rounds", r, t),
  });
  const model: ScorecardModel = { ...structuredClone(base), features: featureBins(fit.binnings, fit.points) };
  model.reference.smes_per_sector = config.referenceSmesPerSector;
  log.stage("sector cutoffs from the reference population");
  const reference = referenceScores(model);
  for (const sector of SECTORS) model.sectors[sector] = calibrateSector(reference[sector], model.grade_shares);
  model.reference.note =
    `Cutoffs and medians from ${model.reference.smes_per_sector} generated SMEs per sector (seed ${model.reference.seed}), ` +
    `each scored at windows ${model.reference.windows.join(" and ")} days, by npm run model:train.`;
  log.stage("sandbox fixture seeds");
  model.sandbox = {
    ...pickSeeds(model, config.sandboxCandidates),
    note: `Per fixture, the best of ${config.sandboxCandidates} seeds (1000 + 7919·k + 10·sector + grade): every fixture lands in its grade at windows 90 and 365, at least min_margin_points from a cutoff.`,
  };
  log.stage("evaluation on the held-out population");
  const evaluation = evaluate(model, fit, train, holdout, population.institutions);
  model.provenance = provenance(config, train, fit, evaluation);
  return { model: validateModel(model), evaluation };
}
