/** First wait, doubled on each retry up to the cap, then jittered down by up to a quarter. */
export const INITIAL_DELAY_MS = 500;
export const MAX_DELAY_MS = 8_000;
/** A `Retry-After` longer than this is not waited for: the error goes to the caller instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Whether an HTTP answer is worth retrying: overload, our faults, and a duplicate still running. */
export function isRetryable(status: number, code: string | undefined): boolean {
  return status === 429 || status >= 500 || (status === 409 && code === "idempotency_in_progress");
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait before retry number `retry` (0 for the first). Exponential with jitter, so clients
 * failing together do not come back together; the server's `Retry-After`, when given, instead.
 */
export function backoffMs(retry: number, retryAfter: number | undefined, random: () => number = Math.random): number {
  return retryAfter ?? Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS) * (1 - 0.25 * random());
}
