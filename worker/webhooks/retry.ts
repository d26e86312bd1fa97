/**
 * When to try a failed delivery again. The first attempt is immediate; each failure waits the
 * next delay of the schedule (Svix's: about a day in all), spread by ±10 % so that endpoints
 * recovering from an outage are not hit by every pending event in the same second.
 */
export const RETRY_SCHEDULE_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const;

/** The first attempt and one per delay: the queue's `max_retries` must be this minus one. */
export const MAX_ATTEMPTS = RETRY_SCHEDULE_SECONDS.length + 1;

/** Cloudflare Queues accept at most 12 h in `retry({ delaySeconds })`. */
const MAX_DELAY_SECONDS = 12 * 3600;
const JITTER = 0.1;

export interface RetryInput {
  /** 1 for the first attempt, as `Message.attempts` counts. */
  attempt: number;
  /** Seconds the receiver asked for in `Retry-After`, if any. */
  retryAfter: number | null;
  /** Uniform in [0, 1): the jitter's source. */
  random: number;
  /** Multiplies every delay; 1 in production, small in tests so a schedule runs in seconds. */
  scale: number;
}

/** Seconds before the next attempt, or null when the attempt that failed was the last. */
export function retryDelaySeconds({ attempt, retryAfter, random, scale }: RetryInput): number | null {
  const base = RETRY_SCHEDULE_SECONDS[attempt - 1];
  if (base === undefined) return null;
  const jittered = base * (1 + JITTER * (2 * random - 1));
  // The receiver knows its own load better than our schedule: never come back sooner than asked.
  const wanted = Math.max(jittered, retryAfter ?? 0) * scale;
  return Math.min(MAX_DELAY_SECONDS, Math.round(wanted));
}

/** `Retry-After` as delay-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
