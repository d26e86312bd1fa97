/** The `period` of every `[[ratelimits]]` in wrangler.toml (checked by a test): the longest a refused client waits. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;
