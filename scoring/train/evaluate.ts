/**
 * npm run model:evaluate — reruns the whole pipeline, prints how the model does on the held-out
 * population and whether the committed artifact is byte for byte what the pipeline produces.
 * The last line is one JSON object with the figures.
 *
 * npm run model:evaluate -- --dp — the same with the federated updates noised (DP_TRIAL), to
 * measure what differential privacy costs; that model is not the committed one.
 * `--dp --noise N` sets the noise multiplier instead of DP_TRIAL's (one point of the ε curve).
 */
import { readFileSync } from "node:fs";
import { ARTIFACT, readArtifact, stderrLog } from "./cli";
import { DP_TRIAL, TRAINING } from "./config";
import { formatJson } from "./format";
import { trainModel } from "./pipeline";

const dp = process.argv.includes("--dp");
const noise = process.argv.indexOf("--noise");
const trial = noise === -1 ? DP_TRIAL : { ...DP_TRIAL, noiseMultiplier: Number(process.argv[noise + 1]) };
if (!(trial.noiseMultiplier > 0)) throw new Error("--noise takes a positive number");
const config = dp ? { ...TRAINING, fedavg: { ...TRAINING.fedavg, dp: trial } } : TRAINING;
const { model, evaluation } = trainModel(config, readArtifact(), stderrLog());
const f = evaluation.figures;
const pct = (x: number) => `${(100 * x).toFixed(2)} %`.padStart(8);
const row = (cells: (string | number)[]) => console.log(cells.map((c, i) => String(c).padStart(i === 0 ? 0 : 12)).join(""));

console.log(`\nheld-out population: ${f.holdout_smes} SMEs, default rate ${pct(f.holdout_default_rate)}\n`);
row(["figure".padEnd(30), "value"]);
for (const [name, value] of Object.entries(f)) row([name.padEnd(30), typeof value === "object" ? JSON.stringify(value) : value]);
console.log("\ncalibration by grade (stated PD vs observed default rate)");
row(["grade".padEnd(8), "SMEs", "stated", "observed", "|error| pp"]);
for (const g of evaluation.grades)
  row([g.group.padEnd(8), g.n, pct(g.predicted), pct(g.observed), (100 * Math.abs(g.observed - g.predicted)).toFixed(2)]);
console.log("\neach institution alone (its own bins and fit, judged on the whole held-out population)");
row(["institution".padEnd(22), "SMEs", "AUC"]);
for (const i of evaluation.institutions) row([i.name.padEnd(22), i.smes, i.alone_auc]);

const privacy = model.provenance.differential_privacy as { epsilon: number; delta: number } | null;
if (privacy)
  console.log(`\ndifferential privacy: ε = ${privacy.epsilon} at δ = ${privacy.delta} per SME (trial model, not the committed one)`);
const reproduced = readFileSync(ARTIFACT, "utf8") === `${formatJson(model)}\n`;
console.log(`\ncommitted artifact reproduced byte for byte: ${reproduced ? "yes" : "no"}\n`);
console.log(JSON.stringify({ ...f, dp_epsilon: privacy?.epsilon ?? null, artifact_reproduced: reproduced }));
