import { readFileSync } from "node:fs";
import type { ScorecardModel } from "../model";
import type { Log } from "./pipeline";

/** Shared by the train and evaluate commands: the artifact's path and progress on stderr. */
export const ARTIFACT = new URL("../models/federated-v4.json", import.meta.url);
export const REDUCED_ARTIFACT = new URL("../../test/unit/scoring/train/reduced-artifact.json", import.meta.url);

export const readArtifact = () => JSON.parse(readFileSync(ARTIFACT, "utf8")) as ScorecardModel;

export function stderrLog(): Log {
  const start = Date.now();
  const elapsed = () => `${((Date.now() - start) / 1000).toFixed(1).padStart(6)} s`;
  let shown = "";
  return {
    stage: (message) => process.stderr.write(`${elapsed()}  ${message}\n`),
    // One line per tenth of the way, so a log file stays readable.
    progress: (label, done, total) => {
      const tenth = `${label}:${Math.floor((10 * done) / total)}`;
      if (tenth === shown) return;
      shown = tenth;
      process.stderr.write(`${elapsed()}    ${label} ${done}/${total}\n`);
    },
  };
}
