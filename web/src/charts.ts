import uPlot from "uplot";
import { h } from "./dom";

/**
 * Charts with uPlot: canvas, no dependencies, ~22 KB gzipped, and it sets styles through the
 * CSSOM, so it runs under a CSP without 'unsafe-inline'. Each chart has a text twin (a table
 * in a <details>) so its numbers reach screen readers and keyboard users too.
 */
const HEIGHT = 260;
const widthOf = (el: HTMLElement) => Math.max(280, Math.min(el.clientWidth || 640, 960));

function mount(container: HTMLElement, label: string, make: (width: number) => uPlot) {
  container.replaceChildren();
  container.setAttribute("role", "img");
  container.setAttribute("aria-label", label);
  const chart = make(widthOf(container));
  new ResizeObserver(() => chart.setSize({ width: widthOf(container), height: HEIGHT })).observe(container);
  return chart;
}

export interface Line {
  label: string;
  values: (number | null)[];
  stroke: string;
  dash?: number[];
}

/** Values over time: `xs` in Unix seconds, one line per series, y between `range`. */
export function timeChart(
  container: HTMLElement,
  label: string,
  xLabel: string,
  xs: number[],
  lines: Line[],
  range: [number, number],
  dates: (s: number) => string,
  tickDates: (s: number) => string,
) {
  return mount(
    container,
    label,
    (width) =>
      new uPlot(
        {
          width,
          height: HEIGHT,
          // One score alone would make a zero-width time range: a day either side gives it room.
          scales: {
            x: { time: true, ...(xs.length === 1 ? { range: [xs[0]! - 3 * 86_400, xs[0]! + 3 * 86_400] as [number, number] } : {}) },
            y: { range },
          },
          axes: [{ values: (_u, splits) => splits.map(tickDates), space: 90 }, {}],
          series: [
            { label: xLabel, value: (_u, v) => (v === null ? "" : dates(v)) },
            ...lines.map((l) => ({ label: l.label, stroke: l.stroke, width: 2, ...(l.dash ? { dash: l.dash } : {}) })),
          ],
        },
        [xs, ...lines.map((l) => l.values)],
        container,
      ),
  );
}

export interface Bars {
  label: string;
  values: number[];
  fill: string;
}

/** Side-by-side bars per category (one or two series): values formatted by `format`, the y axis by `tick`. */
export function barChart(
  container: HTMLElement,
  label: string,
  xLabel: string,
  categories: string[],
  bars: Bars[],
  format: (v: number) => string,
  tick: (v: number) => string = format,
) {
  const bar = uPlot.paths.bars!;
  const offsets: (-1 | 0 | 1)[] = bars.length === 1 ? [0] : [-1, 1];
  return mount(
    container,
    label,
    (width) =>
      new uPlot(
        {
          width,
          height: HEIGHT,
          scales: {
            x: { time: false, range: [-0.5, categories.length - 0.5] },
            y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] },
          },
          axes: [
            {
              values: (_u, splits) => splits.map((i) => categories[i] ?? ""),
              splits: (u) => everyNth(categories.length, u.bbox.width / devicePixelRatio),
              grid: { show: false },
            },
            { values: (_u, splits) => splits.map(tick), size: 60 },
          ],
          series: [
            { label: xLabel, value: (_u, i) => (i === null ? "" : (categories[i] ?? "")) },
            ...bars.map((b, i) => ({
              label: b.label,
              fill: b.fill,
              stroke: b.fill,
              paths: bar({ size: [bars.length === 1 ? 0.6 : 0.4, 48], align: offsets[i] ?? 0 }),
              points: { show: false },
              value: (_u: uPlot, v: number | null) => (v === null ? "" : format(v)),
            })),
          ],
        },
        [categories.map((_c, i) => i), ...bars.map((b) => b.values)],
        container,
      ),
  );
}

/** Category ticks that fit: every one when there is room, else every second, third… (at least 64 px apart). */
function everyNth(n: number, widthPx: number) {
  const step = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(widthPx / 64))));
  return Array.from({ length: n }, (_c, i) => i).filter((i) => i % step === 0);
}

/** The chart's numbers as a table, folded under a summary. */
export function dataTable(summary: string, head: string[], rows: string[][]) {
  return h(
    "details",
    { class: "chart-data" },
    h("summary", {}, summary),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c, i) => (i === 0 ? h("th", { scope: "row" }, c) : h("td", {}, c)))))),
    ),
  );
}
