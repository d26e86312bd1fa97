import { quantile } from "../calibrate-sectors";
import type { RiskDirection, ScorecardModel } from "../model";
import { scoreFeatures } from "../score";
import type { FeatureName } from "../types";
import { declineResponses } from "./decline";
import { type FederatedFit, fitAlone, logOdds } from "./fit";
import { auc, type CalibrationRow, calibration, decileEdges, gini, ks, psi } from "./metrics";
import type { Institution, PopulationSme } from "./population";

/**
 * How the model does on SMEs it never saw (the holdout: same institutions, other seeds). The
 * shipped figures (auc, ks, calibration, psi) come from the artifact itself, scored through the
 * Worker's scoreFeatures: integer points, clamped score, sector grades. The comparisons
 * (federated, centralised, each institution alone) use the unrounded log-odds of each fit.
 */

export interface Figures {
  auc: number;
  oracle_auc: number;
  auc_over_oracle: number;
  gini: number;
  ks: number;
  /** Largest |observed − stated| default rate over the grades, percentage points. */
  calibration_max_abs_error: number;
  centralized_auc: number;
  federated_auc: number;
  best_single_institution_auc: number;
  psi_train_vs_holdout: number;
  holdout_smes: number;
  holdout_default_rate: number;
  /** Share of held-out SMEs at the top of the scale (scaling.max): a piled-up top cannot rank. */
  at_cap_share: number;
  /** 10th and 90th percentile of the held-out scores in grade A: how far it spreads. */
  grade_a_p10: number;
  grade_a_p90: number;
  /** |stated − observed| default rate per grade, percentage points. */
  calibration_pp: Record<string, number>;
  /** |stated − expected| per grade, the expectation being the generator's own PDs: the same
   * comparison without the coin flips' noise (about ±1.5 pp on grade E's thousand SMEs). */
  calibration_expected_pp: Record<string, number>;
  /** Federated AUC minus the best single institution's. */
  federation_margin: number;
  /** The smallest book, judged on its own held-out SMEs: federated AUC minus its own model's. */
  smallest_lender: string;
  smallest_lender_alone_auc: number;
  smallest_lender_federated_auc: number;
  smallest_lender_gain: number;
  /** A 50 % decline over six months, on each A–D sandbox fixture at 90 and 365 days: the least
   * it cost, in points and in grades (see decline.ts). */
  decline_min_points: number;
  decline_min_grades: number;
  decline_mean_points: number;
}

export interface Evaluation {
  figures: Figures;
  grades: CalibrationRow[];
  institutions: { name: string; smes: number; alone_auc: number }[];
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const sortedQuantile = (xs: readonly number[], q: number) =>
  xs.length === 0
    ? 0
    : Math.round(
        quantile(
          [...xs].sort((a, b) => a - b),
          q,
        ),
      );

export function evaluate(
  model: ScorecardModel,
  fit: FederatedFit,
  train: readonly PopulationSme[],
  holdout: readonly PopulationSme[],
  institutions: readonly Institution[],
): Evaluation {
  const bad = holdout.map((s) => s.defaulted);
  const scored = holdout.map((s) => scoreFeatures(s.features, s.sector, model));
  const trainScores = train.map((s) => scoreFeatures(s.features, s.sector, model).score);
  const holdoutScores = scored.map((r) => r.score);
  const grades = calibration(
    scored.map((r) => r.grade),
    scored.map((r) => r.pd),
    bad,
  );
  const expected = calibration(
    scored.map((r) => r.grade),
    scored.map((r) => r.pd),
    bad,
  );
  const latent = new Map(
    calibration(
      scored.map((r) => r.grade),
      holdout.map((s) => s.pd),
      bad,
    ).map((g) => [g.group, g.predicted]),
  );
  const directions = Object.fromEntries(model.features.map((f) => [f.feature, f.direction])) as Record<FeatureName, RiskDirection>;
  const alone = institutions.map((inst, k) => {
    const own = train.filter((s) => s.institution === k);
    const solo = fitAlone(own, directions);
    return {
      name: inst.name,
      smes: own.length,
      alone_auc: round(
        auc(
          holdout.map((s) => -logOdds(solo, s.features)),
          bad,
        ),
      ),
    };
  });
  const a = auc(
    holdoutScores.map((s) => -s),
    bad,
  );
  const gradeA = scored.filter((r) => r.grade === "A").map((r) => r.score);
  const smallest = institutions.reduce((k, inst, i) => (inst.smes < institutions[k]!.smes ? i : k), 0);
  const own = holdout.filter((s) => s.institution === smallest);
  const ownBad = own.map((s) => s.defaulted);
  const smallestAlone = round(
    auc(
      own.map(
        (s) =>
          -logOdds(
            fitAlone(
              train.filter((s) => s.institution === smallest),
              directions,
            ),
            s.features,
          ),
      ),
      ownBad,
    ),
  );
  const smallestFederated = round(
    auc(
      own.map((s) => -logOdds(fit, s.features)),
      ownBad,
    ),
  );
  const federatedAuc = round(
    auc(
      holdout.map((s) => -logOdds(fit, s.features)),
      bad,
    ),
  );
  const best = Math.max(...alone.map((x) => x.alone_auc));
  const declines = declineResponses(model);
  const oracle = auc(
    holdout.map((s) => s.pd),
    bad,
  );
  return {
    figures: {
      auc: round(a),
      oracle_auc: round(oracle),
      auc_over_oracle: round(a / oracle),
      gini: round(gini(a)),
      ks: round(
        ks(
          holdoutScores.map((s) => -s),
          bad,
        ),
      ),
      calibration_max_abs_error: round(Math.max(...grades.map((g) => Math.abs(g.observed - g.predicted))) * 100, 2),
      centralized_auc: round(
        auc(
          holdout.map((s) => -logOdds(fit.centralized, s.features)),
          bad,
        ),
      ),
      federated_auc: federatedAuc,
      best_single_institution_auc: best,
      psi_train_vs_holdout: round(psi(trainScores, holdoutScores, decileEdges(trainScores))),
      holdout_smes: holdout.length,
      holdout_default_rate: round(bad.filter(Boolean).length / bad.length),
      at_cap_share: round(holdoutScores.filter((x) => x >= model.scaling.max).length / holdoutScores.length),
      grade_a_p10: sortedQuantile(gradeA, 0.1),
      grade_a_p90: sortedQuantile(gradeA, 0.9),
      calibration_pp: Object.fromEntries(grades.map((g) => [g.group, round(Math.abs(g.observed - g.predicted) * 100, 2)])),
      calibration_expected_pp: Object.fromEntries(
        expected.map((g) => [g.group, round(Math.abs(g.predicted - (latent.get(g.group) ?? 0)) * 100, 2)]),
      ),
      federation_margin: round(federatedAuc - best),
      smallest_lender: institutions[smallest]!.name,
      smallest_lender_alone_auc: smallestAlone,
      smallest_lender_federated_auc: smallestFederated,
      smallest_lender_gain: round(smallestFederated - smallestAlone),
      decline_min_points: Math.min(...declines.map((d) => d.pointsLost)),
      decline_min_grades: Math.min(...declines.map((d) => d.gradesLost)),
      decline_mean_points: round(declines.reduce((s, d) => s + d.pointsLost, 0) / declines.length, 1),
    },
    grades: grades.map((g) => ({ ...g, predicted: round(g.predicted), observed: round(g.observed) })),
    institutions: alone,
  };
}
