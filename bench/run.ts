// `npm run bench`: starts the Worker on the same local stack as `npm start` (fresh state),
// prepares data, measures, prints a table and, as its last line, one JSON object.
// Options: --short (CI: catches breakage, judges nothing), --requests N, --smes N, --large-flows N,
// --camt-entries N, --only camt (just the camt.053 figure, on its own fresh Worker),
// --portfolio N (the large book's SMEs), --keep-state (leaves the SQLite files for inspection),
// --runs N (N runs one after another, each on a fresh Worker; the last line then says whether
// every run met every target of bench/targets.ts).
import { parseArgs } from "node:util";
import { http, newInstitution, type RunningApi } from "../test/e2e/harness";
import { startBenchApi } from "./bench-api";
import { camtRates } from "./camt";
import { flows, ingestBodies, inParallel, postFlowBody } from "./flows";
import { portfolioBench } from "./portfolio";
import { cpuPerRequest, stackPids } from "./process-cpu";
import { percentile, round } from "./stats";
import { verdicts } from "./targets";
import { webhookLatencies } from "./webhook-latency";

const { values: opts } = parseArgs({
  options: {
    short: { type: "boolean", default: false },
    requests: { type: "string" },
    smes: { type: "string" },
    "large-flows": { type: "string" },
    "camt-entries": { type: "string" },
    only: { type: "string" },
    portfolio: { type: "string" },
    "keep-state": { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
  },
});
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error("--runs takes a whole number of at least 1");
const short = opts.short;
const REQUESTS = Number(opts.requests ?? (short ? 40 : 400));
const SMES = Number(opts.smes ?? (short ? 4 : 32));
const LARGE_FLOWS = Number(opts["large-flows"] ?? (short ? 3_000 : 20_000));
const SMALL_FLOWS = 500;
const CAMT_ENTRIES = Number(opts["camt-entries"] ?? (short ? 2_000 : 10_000));
const CAMT_RUNS = short ? 1 : 5;
if (opts.only !== undefined && opts.only !== "camt") throw new Error("--only takes: camt");
const PORTFOLIO = Number(opts.portfolio ?? (short ? 200 : 10_000));

// Progress goes to stderr, redrawn in place on a terminal; in logs (CI) only stage ends are shown.
const tty = process.stderr.isTTY;
let stage = "";
const progress = (msg: string) => {
  stage = msg;
  if (tty) process.stderr.write(`\r\x1b[2K${msg}`);
};
const done = () => process.stderr.write(tty ? "\n" : `${stage}\n`);

/** Non-2xx answers seen while measuring; reported, never hidden. */
let errors = 0;

async function timed(fn: () => Promise<{ status: number }>): Promise<number> {
  const t0 = performance.now();
  const res = await fn();
  const ms = performance.now() - t0;
  if (res.status >= 300) errors++;
  return ms;
}

async function ingest(api: RunningApi, key: string, smeId: string, total: number) {
  for (let sent = 0; sent < total; sent += 1000) {
    const batch = flows(Math.min(1000, total - sent), sent);
    const res = await http(api, "POST", "/v1/connect/flows", { key, body: { sme_id: smeId, flows: batch } });
    if (res.status !== 200 || res.json.accepted !== batch.length)
      throw new Error(`ingest ${smeId}: ${res.status} ${res.text.slice(0, 200)}`);
  }
}

async function main() {
  progress("starting the Worker (wrangler dev, fresh state)…");
  const api = await startBenchApi({ keepState: opts["keep-state"] });
  try {
    const { live: key, test: testKey } = await newInstitution(api, "Bench Bank");
    const camt = async () => {
      const rates = await camtRates(api, key, CAMT_ENTRIES, CAMT_RUNS, progress);
      done();
      return { camt_entries: CAMT_ENTRIES, camt_entries_per_s: Math.round(percentile(rates, 50)), camt_runs: rates.map(Math.round) };
    };
    if (opts.only === "camt") return { mode: short ? "short" : "full", only: "camt", ...(await camt()), errors };
    const register = (id: string) => http(api, "POST", "/v1/smes", { key, body: { sme_id: id, sector: "commerce", country: "SN" } });

    const ids = Array.from({ length: SMES }, (_, i) => `BENCH_${i}`);
    for (const [i, id] of ids.entries()) {
      progress(`preparing SMEs ${i + 1}/${SMES} (${SMALL_FLOWS} flows each)`);
      await register(id);
      await ingest(api, key, id, SMALL_FLOWS);
    }
    await register("BENCH_LARGE");
    progress(`preparing the large SME (${LARGE_FLOWS} flows)`);
    await ingest(api, key, "BENCH_LARGE", LARGE_FLOWS);
    done();

    const score = (id: string) => () => http(api, "POST", "/v1/scores", { key, body: { sme_id: id, window_days: 365 } });
    const health = () => http(api, "GET", "/v1/health");
    // Each SME's first score is another operation (its ledger reads its SME from D1, and the
    // first score emits its events): timed on its own, so the steady figures below are of
    // steady scores only. A warm-up that skipped some SMEs put their first scores in score_p99_ms.
    const firstMs: number[] = [];
    for (const id of ids) firstMs.push(await timed(score(id)));
    for (let i = 0; i < 20; i++) await Promise.all([health(), score(ids[i % SMES]!)()]); // warm-up

    const healthMs: number[] = [];
    const scoreMs: number[] = [];
    const scoreAt: number[] = [];
    const loopStart = performance.now();
    for (let i = 0; i < REQUESTS; i++) {
      progress(`health vs score ${i + 1}/${REQUESTS}`);
      healthMs.push(await timed(health));
      scoreAt.push(performance.now() - loopStart);
      scoreMs.push(await timed(score(ids[i % SMES]!)));
    }
    done();
    // Where the tail sits in time: outliers a fixed interval apart point at something periodic.
    const slowest = scoreMs
      .map((ms, i) => ({ ms, i }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 6);
    process.stderr.write(
      `slowest scores: ${slowest.map(({ ms, i }) => `${round(ms)} ms at ${round(scoreAt[i]! / 1000)} s (#${i})`).join(", ")}\n`,
    );

    const smallMs: number[] = [];
    const largeMs: number[] = [];
    for (let i = 0; i < REQUESTS / 2; i++) {
      progress(`small vs large SME ${i + 1}/${REQUESTS / 2}`);
      smallMs.push(await timed(score(ids[0]!)));
      largeMs.push(await timed(score("BENCH_LARGE")));
    }
    done();

    // The SME's first batch also creates its ledger (a new Durable Object and its tables): timed
    // on its own, as a first score is, so the rate is of a ledger that exists. 50 batches in full
    // mode (about a second) so one pause does not make the figure; the bodies are encoded ahead.
    const ingestBatches = short ? 3 : 20;
    const serialBatches = short ? 3 : 50;
    await register("BENCH_INGEST");
    progress(`ingest: ${serialBatches} batches of 1000 into one SME, after its first`);
    const [first, ...serial] = ingestBodies("BENCH_INGEST", 1 + serialBatches);
    const ingestFirstMs = await timed(() => postFlowBody(api, key, first));
    const t0 = performance.now();
    for (const raw of serial) {
      const res = await postFlowBody(api, key, raw);
      if (res.json?.accepted !== 1000) throw new Error(`ingest: ${res.status}`);
    }
    const ingestRate = (serialBatches * 1000) / ((performance.now() - t0) / 1000);
    done();

    progress("ingest: 8 clients on 8 SMEs");
    const parallel = Array.from({ length: 8 }, (_, i) => `BENCH_PAR_${i}`);
    for (const id of parallel) await register(id);
    const parallelBodies = parallel.map((id) => ingestBodies(id, ingestBatches));
    const t1 = performance.now();
    await Promise.all(
      parallelBodies.map(async (bodies) => {
        for (const raw of bodies) {
          const res = await postFlowBody(api, key, raw);
          if (res.json?.accepted !== 1000) throw new Error(`parallel ingest: ${res.status}`);
        }
      }),
    );
    const parallelRate = (8 * ingestBatches * 1000) / ((performance.now() - t1) / 1000);
    done();

    const camtFigures = await camt();

    // The same 32 clients on the no-op route give the local stack's own floor for that figure:
    // under wrangler dev the Worker and its Durable Objects share one thread (docs/performance.md).
    // With the wall time per request and each process's CPU per request: where the Worker's
    // process is busy for as long as the wall, its one thread is what the 32 clients queue for.
    const pids = stackPids(api.url);
    const concurrently = async (label: string, request: (i: number) => () => Promise<{ status: number }>) => {
      const ms: number[] = [];
      const t0 = performance.now();
      const cpu = await cpuPerRequest(pids, REQUESTS, () =>
        inParallel(
          Array.from({ length: REQUESTS }, (_, i) => i),
          32,
          async (i) => {
            progress(`32 concurrent clients, ${label} ${i + 1}/${REQUESTS}`);
            ms.push(await timed(request(i)));
          },
        ),
      );
      const wallPerRequest = round((performance.now() - t0) / REQUESTS);
      done();
      return { ms, wallPerRequest, cpu };
    };
    const concurrentHealth = await concurrently("health", () => health);
    const concurrentScore = await concurrently("scores", (i) => score(ids[i % SMES]!));

    const webhookMs = await webhookLatencies(api, testKey, short ? 3 : 15, progress);
    done();

    // Last, so that the 10,000 SMEs it adds do not change the figures above from earlier runs'.
    const portfolio = await portfolioBench(
      api,
      { small: 100, large: PORTFOLIO, scoredShare: 0.2, samples: short ? 10 : 100 },
      timed,
      progress,
      done,
    );

    return {
      mode: short ? "short" : "full",
      requests: REQUESTS,
      health_p50_ms: round(percentile(healthMs, 50)),
      score_p50_ms: round(percentile(scoreMs, 50)),
      score_p99_ms: round(percentile(scoreMs, 99)),
      score_over_health_p50: round(percentile(scoreMs, 50) / percentile(healthMs, 50)),
      score_first_p50_ms: round(percentile(firstMs, 50)),
      score_small_p50_ms: round(percentile(smallMs, 50)),
      score_large_p50_ms: round(percentile(largeMs, 50)),
      large_over_small: round(percentile(largeMs, 50) / percentile(smallMs, 50)),
      large_flows: LARGE_FLOWS,
      ingest_first_batch_ms: round(ingestFirstMs),
      ingest_flows_per_s: Math.round(ingestRate),
      ingest_parallel_flows_per_s: Math.round(parallelRate),
      ...camtFigures,
      concurrent_score_p99_ms: round(percentile(concurrentScore.ms, 99)),
      concurrent_health_p99_ms: round(percentile(concurrentHealth.ms, 99)),
      concurrent_score_wall_ms_per_request: concurrentScore.wallPerRequest,
      concurrent_score_worker_cpu_ms: concurrentScore.cpu?.worker ?? null,
      concurrent_score_proxy_cpu_ms: concurrentScore.cpu?.proxy ?? null,
      concurrent_score_client_cpu_ms: concurrentScore.cpu?.client ?? null,
      concurrent_health_wall_ms_per_request: concurrentHealth.wallPerRequest,
      concurrent_health_worker_cpu_ms: concurrentHealth.cpu?.worker ?? null,
      webhook_delivery_p50_ms: round(percentile(webhookMs, 50)),
      ...portfolio,
      errors,
    };
  } finally {
    await api.dispose();
    if (opts["keep-state"]) process.stderr.write(`state kept in ${api.persist}\n`);
  }
}

// Printed once the Worker is gone, so no late log line of its own can follow the JSON.
const unmet: { run: number; field: string; value: number | undefined; target: string }[] = [];
for (let run = 1; run <= RUNS; run++) {
  if (RUNS > 1) process.stderr.write(`run ${run}/${RUNS}\n`);
  const result = await main();
  console.table(Object.fromEntries(Object.entries(result).map(([k, v]) => [k, { value: v }])));
  const checked = opts.only === undefined ? verdicts(result) : verdicts(result).filter((v) => v.field in result);
  console.table(
    Object.fromEntries(checked.map((v) => [v.field, { value: v.value, target: v.target, met: short ? "(short: not judged)" : v.met }])),
  );
  if (!short) for (const v of checked) if (!v.met) unmet.push({ run, field: v.field, value: v.value, target: v.target });
  console.log(JSON.stringify(result));
}
if (RUNS > 1)
  console.log(JSON.stringify({ mode: short ? "short" : "full", runs: RUNS, met_in_every_run: short ? null : unmet.length === 0, unmet }));
