// `npm run bench:profile`: where a score's (or an ingest's) CPU goes. Starts the benchmark's
// Worker with its DevTools inspector, prepares SMEs like `npm run bench`, then records a CPU
// profile of the isolate (the Worker and its Durable Objects run in it) over N sequential
// requests, and prints self time by function and by kind, then what the isolate did during the
// six slowest requests (the tail). Proportions, not timings: they hold on a loaded machine. Read
// them for JavaScript: the storage calls' shares (`exec`, `transactionSync`) come out several
// times what `perf` finds them costing the process (docs/performance.md).
// Options: --op score|ingest (default score: POST /v1/scores; ingest: batches of 1,000 flows into
// one SME, as the benchmark's ingest figure), --requests N (default 300 scores, 40 batches),
// --smes N (8), --out FILE (the .cpuprofile, for DevTools).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { http, newInstitution } from "../test/e2e/harness";
import { startBenchApi } from "./bench-api";
import { flows, ingestBodies, postFlowBody } from "./flows";
import { round } from "./stats";

const { values: opts } = parseArgs({
  options: {
    op: { type: "string", default: "score" },
    requests: { type: "string" },
    smes: { type: "string", default: "8" },
    out: { type: "string" },
  },
});
if (opts.op !== "score" && opts.op !== "ingest") throw new Error("--op takes: score, ingest");
const op = opts.op;
const n = Number(opts.requests ?? (op === "score" ? 300 : 40));
if (!Number.isInteger(n) || n < 1) throw new Error("--requests takes a whole number of at least 1");
const out = opts.out ?? `/tmp/score360-${op}.cpuprofile`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A DevTools protocol session on the Worker's isolate. */
async function devtools(inspector: URL) {
  const targets = (await (await fetch(new URL("/json", inspector.href.replace(/^ws/, "http")))).json()) as {
    webSocketDebuggerUrl: string;
    title: string;
  }[];
  const target = targets.find((t) => !t.title.startsWith("wrangler")) ?? targets[0];
  if (!target) throw new Error("no inspector target");
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  let id = 0;
  const pending = new Map<number, (r: unknown) => void>();
  ws.on("message", (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve) => {
      pending.set(++id, resolve as (r: unknown) => void);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => ws.close(), title: target.title };
}

/** Self time by frame label, in ms, from the profile's samples. */
function selfTimes(profile: Profile, label: (n: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((nodeId, i) => {
    const key = label(byId.get(nodeId)!);
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

type Span = { i: number; from: number; to: number };

/**
 * For the `count` slowest requests, what the isolate did while each was in flight: its time by
 * kind, the three functions with the most JavaScript samples, and the longest stretch between
 * two samples inside the span (`longest_unsampled`: the thread was not running, e.g. descheduled;
 * that stretch is counted under the sample that ends it). Clocks are aligned at the profile's first sample, about
 * when the client starts timing: a millisecond or so off, enough to see a 30 ms stall.
 */
function slowest(profile: Profile, spans: Span[], count: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let at = 0;
  const samples = profile.samples.map((nodeId, k) => {
    const ms = (profile.timeDeltas[k] ?? 0) / 1000;
    at += ms;
    const node = byId.get(nodeId)!;
    return { at, ms, kind: kindOf(node), fn: `${node.callFrame.functionName || "(anonymous)"}:${node.callFrame.lineNumber + 1}` };
  });
  return [...spans]
    .sort((a, b) => b.to - b.from - (a.to - a.from))
    .slice(0, count)
    .map(({ i, from, to }) => {
      const kinds: Record<string, number> = {};
      const fns = new Map<string, number>();
      let gap = 0;
      for (const s of samples) {
        // A sample stands for the stretch since the previous one: count the part inside the span.
        const inside = Math.min(s.at, to) - Math.max(s.at - s.ms, from);
        if (inside <= 0) continue;
        const kind = s.kind.split(" ")[0]!;
        kinds[kind] = (kinds[kind] ?? 0) + inside;
        if (s.kind === "JavaScript") fns.set(s.fn, (fns.get(s.fn) ?? 0) + inside);
        gap = Math.max(gap, inside);
      }
      const top = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 3);
      return {
        request: i,
        ms: round(to - from),
        ...Object.fromEntries(Object.entries(kinds).map(([kind, ms]) => [kind, round(ms, 1)])),
        longest_unsampled: round(gap, 1),
        top_js: top.map(([fn, ms]) => `${fn} ${round(ms, 1)}`).join(", "),
      };
    });
}

const KINDS: [RegExp, string][] = [
  [/^\(idle\)$/, "idle (waiting: I/O, storage, the other side of an RPC)"],
  [/^\(garbage collector\)$/, "garbage collection"],
  [/^\(program\)$/, "runtime (workerd, V8 outside JS)"],
];
const kindOf = (n: ProfileNode) => KINDS.find(([re]) => re.test(n.callFrame.functionName))?.[1] ?? "JavaScript";

function table(times: Map<string, number>, total: number, top: number) {
  const rows = [...times].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.table(
    Object.fromEntries(rows.map(([k, ms]) => [k.slice(0, 90), { ms: round(ms, 1), share: `${round((100 * ms) / total, 1)} %` }])),
  );
}

const api = await startBenchApi({ inspector: true });
try {
  if (!api.inspectorUrl) throw new Error("the Worker started without an inspector");
  const { live: key } = await newInstitution(api, "Profile Bank");
  const ids = Array.from({ length: Number(opts.smes) }, (_, i) => `PROFILE_${i}`);
  for (const id of ids) {
    await http(api, "POST", "/v1/smes", { key, body: { sme_id: id, sector: "commerce", country: "SN" } });
    await http(api, "POST", "/v1/connect/flows", { key, body: { sme_id: id, flows: flows(500) } });
  }
  const score = (id: string) => http(api, "POST", "/v1/scores", { key, body: { sme_id: id, window_days: 365 } });
  for (let i = 0; i < 40; i++) await score(ids[i % ids.length]!); // first scores and warm-up, outside the profile
  await http(api, "POST", "/v1/smes", { key, body: { sme_id: "PROFILE_INGEST", sector: "commerce", country: "SN" } });
  // Serialised ahead, as the benchmark's ingest figure: the client's own work stays off the clock.
  const batches = op === "ingest" ? ingestBodies("PROFILE_INGEST", n) : [];
  const ingest = (b: number) => postFlowBody(api, key, batches[b]);
  const request = (i: number) => (op === "score" ? score(ids[i % ids.length]!) : ingest(i));

  const session = await devtools(api.inspectorUrl);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 200 });
  await session.send("Profiler.start");
  const t0 = performance.now();
  const spans: Span[] = [];
  for (let i = 0; i < n; i++) {
    const from = performance.now() - t0;
    const res = await request(i);
    spans.push({ i, from, to: performance.now() - t0 });
    if (res.status !== 200) throw new Error(`${op}: ${res.status} ${res.text.slice(0, 200)}`);
  }
  const wallMs = performance.now() - t0;
  const { profile } = await session.send<{ profile: Profile }>("Profiler.stop");
  session.close();
  writeFileSync(out, JSON.stringify(profile));

  const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
  console.log(`isolate "${session.title}": ${n} ${op} requests, ${round(wallMs / n)} ms each from the client; profile ${round(total)} ms`);
  table(selfTimes(profile, kindOf), total, 10);
  const busy = selfTimes(profile, (node) => {
    const f = node.callFrame;
    return kindOf(node) === "JavaScript" ? `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}` : "";
  });
  busy.delete("");
  table(busy, total, 25);
  console.log("the slowest requests, and what the isolate did while they were in flight (ms):");
  console.table(slowest(profile, spans, 6));
  console.log(`profile written to ${out} (open it in Chrome DevTools → Performance)`);
} finally {
  await api.dispose();
}
