/**
 * The targets the benchmark's figures are held to (issues 16 and 17), in one place: `npm run bench`
 * prints each figure against its target, and `--runs N` says whether every run met every one.
 * A `--short` run judges nothing (too few samples, a small book); it is checked for breakage only.
 */
export const TARGETS: readonly { field: string; max?: number; min?: number }[] = [
  { field: "score_p99_ms", max: 25 },
  { field: "concurrent_score_p99_ms", max: 100 },
  { field: "score_over_health_p50", max: 2.0 },
  { field: "large_over_small", max: 1.2 },
  { field: "ingest_flows_per_s", min: 50_000 },
  { field: "camt_entries_per_s", min: 20_000 },
  { field: "webhook_delivery_p50_ms", max: 500 },
  { field: "portfolio_list_first_ratio", max: 1.3 },
  { field: "portfolio_list_deep_ratio", max: 1.3 },
  { field: "portfolio_summary_ratio", max: 1.3 },
  { field: "portfolio_alerts_ratio", max: 1.3 },
  { field: "portfolio_score_ratio", max: 1.3 },
  { field: "errors", max: 0 },
];

export interface Verdict {
  field: string;
  value: number | undefined;
  target: string;
  met: boolean;
}

/** Each target against a run's figures; a figure the run did not take is not met. */
export function verdicts(figures: Record<string, unknown>): Verdict[] {
  return TARGETS.map(({ field, max, min }) => {
    const value = typeof figures[field] === "number" ? (figures[field] as number) : undefined;
    const met = value !== undefined && (max === undefined || value <= max) && (min === undefined || value >= min);
    return { field, value, target: max !== undefined ? `≤ ${max}` : `≥ ${min}`, met };
  });
}
