// `npm run bench:floor`: what each layer of a request costs on the local stack, as a ladder of
// requests that stop at successive points of the path, interleaved so the machine's load weighs
// on all alike: the no-op route; a refused key (key lookup, the refusals' limiter, the error); a
// key accepted and the body refused (plus the key's limiter and the audit append); an SME read
// (plus one D1 query); a score (plus the ledger's RPC and its D1 write); then a batch of 1,000
// flows for an SME that is not registered (the body read, parsed and checked, the SME looked up),
// the same batch again for a registered one (every flow checked, and found by the ledger), and a
// new batch (stored, folded into the buckets, the counts copied to the SME's row). Prints each
// rung's median and its ratio to the no-op route's, per round.
// Options: --rounds N (3), --samples N (60 per rung).
import { parseArgs } from "node:util";
import { http, newInstitution } from "../test/e2e/harness";
import { startBenchApi } from "./bench-api";
import { ingestBodies, postFlowBody } from "./flows";
import { percentile, round } from "./stats";

const { values: opts } = parseArgs({ options: { rounds: { type: "string", default: "3" }, samples: { type: "string", default: "60" } } });
const [rounds, samples] = [Number(opts.rounds), Number(opts.samples)];
if (![rounds, samples].every((n) => Number.isInteger(n) && n >= 1))
  throw new Error("--rounds and --samples take whole numbers of at least 1");

const api = await startBenchApi();
try {
  const { live: key } = await newInstitution(api, "Floor Bank");
  const json = { "content-type": "application/json" };
  await http(api, "POST", "/v1/smes", { key, body: { sme_id: "FLOOR", sector: "commerce", country: "SN" } });
  const postFlows = (raw: Uint8Array | undefined) => postFlowBody(api, key, raw);
  // Batch 0 goes in now; each sample of the last rung sends a batch not seen before.
  const batches = ingestBodies("FLOOR", 1 + rounds * samples);
  const [unknownSme] = ingestBodies("NOT_REGISTERED", 1);
  let nextBatch = 1;
  await postFlows(batches[0]);
  const score = () => http(api, "POST", "/v1/scores", { key, body: { sme_id: "FLOOR", window_days: 365 } });
  // The first score reads the SME from D1 and emits its events: the ladder times steady ones.
  await score();
  const rungs: Record<string, () => Promise<unknown>> = {
    "GET /v1/health": () => http(api, "GET", "/v1/health"),
    "refused key (401)": () => http(api, "GET", "/v1/smes/FLOOR", { key: "sk_live_unknown" }),
    "refused body (400)": () => http(api, "POST", "/v1/scores", { key, raw: '{"sme_id":1}', headers: json }),
    "GET /v1/smes/{id}": () => http(api, "GET", "/v1/smes/FLOOR", { key }),
    "POST /v1/scores": score,
    "1,000 flows, unknown SME (404)": () => postFlows(unknownSme),
    "1,000 flows, all seen before": () => postFlows(batches[0]),
    "1,000 new flows": () => postFlows(batches[nextBatch++]),
  };
  for (let r = 1; r <= rounds; r++) {
    const ms: Record<string, number[]> = Object.fromEntries(Object.keys(rungs).map((rung) => [rung, []]));
    for (let i = 0; i < samples; i++) {
      for (const [rung, request] of Object.entries(rungs)) {
        const t0 = performance.now();
        await request();
        ms[rung]!.push(performance.now() - t0);
      }
    }
    const floor = percentile(ms["GET /v1/health"]!, 50);
    console.log(`round ${r}/${rounds}, ${samples} of each, interleaved`);
    console.table(
      Object.fromEntries(
        Object.entries(ms).map(([rung, xs]) => [
          rung,
          { p50_ms: round(percentile(xs, 50)), over_health: round(percentile(xs, 50) / floor) },
        ]),
      ),
    );
  }
} finally {
  await api.dispose();
}
