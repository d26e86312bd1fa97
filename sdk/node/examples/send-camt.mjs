// Sends a camt.053 statement or camt.054 notification file as the core banking system exported it:
//   node send-camt.mjs statement.xml [SME_ID]
import { readFile } from "node:fs/promises";
import { Score360 } from "@score360/sdk";

const [file, smeId] = process.argv.slice(2);
const client = new Score360({ apiKey: process.env.SCORE360_KEY });
const result = await client.flows.ingestCamt(await readFile(file), smeId ? { smeId } : undefined);
console.log(`${result.smeId}: ${result.accepted} new, ${result.duplicates} already received`);
for (const r of result.rejected) console.log(`  ${r.path}: ${r.code}`);
