import { type RunningApi, startApi } from "../test/e2e/harness";

/**
 * The Worker as the benchmark runs it: `npm start`'s stack with two settings changed. The per-key
 * limiters stay in the path (their cost is measured) but with budgets no run reaches; the
 * ledgers' proactive re-scores are pushed past the run so they do not land mid-measurement.
 */
export const startBenchApi = (opts: { keepState?: boolean; inspector?: boolean } = {}): Promise<RunningApi> =>
  startApi({
    ...opts,
    patchConfig: (toml) =>
      toml
        .replace(/limit = \d+, period = 60/g, "limit = 1000000, period = 60")
        .replace(/RESCORE_DELAY_SECONDS = "\d+"/, 'RESCORE_DELAY_SECONDS = "86400"'),
  });
