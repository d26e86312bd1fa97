import { expect, it } from "vitest";
import { backoffMs, INITIAL_DELAY_MS, isRetryable, MAX_DELAY_MS, retryAfterMs } from "../../src/core/retry";

it("backs off exponentially up to the cap, jittered down by at most a quarter", () => {
  for (let retry = 0; retry < 8; retry++) {
    const full = Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS);
    expect(backoffMs(retry, undefined, () => 0)).toBe(full);
    expect(backoffMs(retry, undefined, () => 0.999999)).toBeCloseTo(full * 0.75, 0);
  }
  const spread = new Set(Array.from({ length: 50 }, () => backoffMs(2, undefined)));
  expect(spread.size).toBeGreaterThan(1);
});

it("waits what Retry-After asks instead", () => {
  expect(backoffMs(0, 5000)).toBe(5000);
  expect(retryAfterMs("2", 0)).toBe(2000);
  expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
  expect(retryAfterMs("soon", 0)).toBeUndefined();
  expect(retryAfterMs(null, 0)).toBeUndefined();
});

it("retries overload, server faults and a duplicate in flight, nothing else", () => {
  expect([429, 500, 502, 503].every((s) => isRetryable(s, undefined))).toBe(true);
  expect(isRetryable(409, "idempotency_in_progress")).toBe(true);
  expect(isRetryable(409, "sme_already_exists")).toBe(false);
  expect([400, 401, 403, 404, 413, 422].some((s) => isRetryable(s, undefined))).toBe(false);
});
