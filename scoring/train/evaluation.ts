import type { RiskDirection, ScorecardModel } from "../model";
import { scoreFeatures } from "../score";
import type { FeatureName } from "../types";
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
}

export interface Evaluation {
  figures: Figures;
  grades: CalibrationRow[];
  institutions: { name: string; smes: number; alone_auc: number }[];
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

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
      federated_auc: round(
        auc(
          holdout.map((s) => -logOdds(fit, s.features)),
          bad,
        ),
      ),
      best_single_institution_auc: Math.max(...alone.map((x) => x.alone_auc)),
      psi_train_vs_holdout: round(psi(trainScores, holdoutScores, decileEdges(trainScores))),
      holdout_smes: holdout.length,
      holdout_default_rate: round(bad.filter(Boolean).length / bad.length),
    },
    grades: grades.map((g) => ({ ...g, predicted: round(g.predicted), observed: round(g.observed) })),
    institutions: alone,
  };
}
