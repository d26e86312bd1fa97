// Fails when an import points up the layers of docs/architecture.md or closes a cycle.
// Usage: node scripts/check-layers.mjs  (run by `npm test`)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Lowest first. A module may import its own layer and the layers below it; folders sharing a
 * layer may import each other. `worker` alone means the files directly in worker/ (entry points).
 */
export const LAYERS = [
  ["scoring"],
  ["worker/lib"],
  ["schema"],
  ["worker/http"],
  ["worker/contracts", "worker/connectors"],
  ["worker/data", "worker/webhooks", "worker/audit"],
  ["durable-objects"],
  ["worker/access"],
  ["worker/middleware"],
  ["worker/routes"],
  ["worker"],
];

const ROOTS = [...new Set(LAYERS.flat().map((folder) => folder.split("/")[0]))];

/** The layer index of a repository-relative file, or -1 when it belongs to none. */
export function layerOf(file) {
  const dir = path.posix.dirname(file);
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((folders, i) => {
    for (const folder of folders) {
      const matches = folder === "worker" ? dir === "worker" : dir === folder || dir.startsWith(`${folder}/`);
      if (matches && folder.length > bestLength) {
        best = i;
        bestLength = folder.length;
      }
    }
  });
  return best;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** Relative imports of each file, resolved against the set of known files. */
export function importGraph(sources) {
  const graph = new Map();
  for (const [file, text] of sources) {
    const targets = [];
    for (const [, spec] of text.matchAll(IMPORT)) {
      const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const target = [base, `${base}.ts`, `${base}/index.ts`].find((candidate) => sources.has(candidate));
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Every upward import, file outside the layers, and import cycle, as readable lines. */
export function checkLayers(sources) {
  const graph = importGraph(sources);
  const problems = [];
  for (const [file, targets] of graph) {
    const from = layerOf(file);
    if (from < 0) {
      problems.push(`${file}: in no layer of scripts/check-layers.mjs`);
      continue;
    }
    for (const target of targets) {
      const to = layerOf(target);
      if (to > from) problems.push(`${file} imports ${target}: upward (${LAYERS[from].join(", ")} → ${LAYERS[to].join(", ")})`);
    }
  }
  for (const cycle of cycles(graph)) problems.push(`cycle: ${[...cycle, cycle[0]].join(" → ")}`);
  return problems;
}

/** The strongly connected components of more than one file (or a file importing itself). */
function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.reverse());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

function readSources(root) {
  const sources = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (rel.endsWith(".ts")) sources.set(rel, readFileSync(path.join(root, rel), "utf8"));
    }
  };
  for (const dir of ROOTS) walk(dir);
  return sources;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sources = readSources(path.join(import.meta.dirname, ".."));
  const problems = checkLayers(sources);
  if (problems.length > 0) {
    console.error(`Layer check failed (see docs/architecture.md):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`Layers: ${sources.size} modules, no upward import, no cycle.`);
}
