/**
 * npm run model:train — fits the scorecard on the synthetic population and rewrites
 * its artifact (scoring/train/cli.ts ARTIFACT). Deterministic: same code and config, same bytes.
 *
 * npm run model:train -- --reduced — rewrites instead the reduced run's output that the unit
 * tests compare against (see REDUCED_TRAINING).
 */
import { writeFileSync } from "node:fs";
import { ARTIFACT, REDUCED_ARTIFACT, readArtifact, stderrLog } from "./cli";
import { REDUCED_TRAINING, TRAINING } from "./config";
import { formatJson } from "./format";
import { trainModel } from "./pipeline";

const reduced = process.argv.includes("--reduced");
const { model, evaluation } = trainModel(reduced ? REDUCED_TRAINING : TRAINING, readArtifact(), stderrLog());
const target = reduced ? REDUCED_ARTIFACT : ARTIFACT;
writeFileSync(target, `${formatJson(model)}\n`);
if (model.sandbox.min_margin_points < 0) process.stderr.write("WARNING: some sandbox fixture scores outside its named grade\n");
console.log(`wrote ${target.pathname}`);
console.log(JSON.stringify(evaluation.figures));
