/**
 * Rewrites the sector cutoffs and medians of models/federated-v3.json from its reference
 * population. Node-only developer tool (it writes a file), never imported by the runtime.
 * Re-run after changing points, bins, the generator or the reference settings:
 *
 *   npx tsx scoring/scripts/calibrate.ts
 *
 * Deterministic: same artifact and code in, byte-identical artifact out.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { calibrateSector } from "../calibrate-sectors";
import { validateModel, type ScorecardModel } from "../model";
import { referenceScores } from "../reference-population";
import { SECTORS } from "../types";

const path = new URL("../models/federated-v3.json", import.meta.url);
const model = JSON.parse(readFileSync(path, "utf8")) as ScorecardModel;
const scores = referenceScores(model);
for (const sector of SECTORS) model.sectors[sector] = calibrateSector(scores[sector], model.grade_shares);
model.reference.note =
  `Cutoffs and medians from ${model.reference.smes_per_sector} generated SMEs per sector (seed ${model.reference.seed}), ` +
  `each scored at windows ${model.reference.windows.join(" and ")} days; regenerate with: npx tsx scoring/scripts/calibrate.ts`;
validateModel(model);

/** Pretty JSON that keeps every value fitting in one line on one line, so a bin or a sector's
 * cutoffs reads as one row in review. */
function format(value: unknown, indent = ""): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const inner = indent + "  ";
  const entries = Array.isArray(value)
    ? value.map((v) => ["", v] as const)
    : Object.entries(value).map(([k, v]) => [`${JSON.stringify(k)}: `, v] as const);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  const flat = `${open}${entries.map(([k, v]) => k + format(v)).join(", ")}${close}`;
  if (!flat.includes("\n") && indent.length + flat.length <= 150) return flat;
  return `${open}\n${entries.map(([k, v]) => inner + k + format(v, inner)).join(",\n")}\n${indent}${close}`;
}

writeFileSync(path, format(model) + "\n");
for (const sector of SECTORS) console.log(sector.padEnd(14), JSON.stringify(model.sectors[sector]));
