import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, parseRetryAfter, RETRY_SCHEDULE_SECONDS, retryDelaySeconds } from "../../../worker/webhooks/retry";

const at = (attempt: number, extra: { retryAfter?: number | null; random?: number; scale?: number } = {}) =>
  retryDelaySeconds({ attempt, retryAfter: extra.retryAfter ?? null, random: extra.random ?? 0.5, scale: extra.scale ?? 1 });

describe("retry schedule", () => {
  it("grows 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: about a day, then stops", () => {
    expect(Array.from({ length: MAX_ATTEMPTS }, (_, i) => at(i + 1))).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000, null]);
    const total = RETRY_SCHEDULE_SECONDS.reduce((s, d) => s + d, 0);
    expect(total / 3600).toBeGreaterThan(24);
    expect(total / 3600).toBeLessThan(30);
  });

  it("spreads each delay by at most ±10 %", () => {
    expect(at(3, { random: 0 })).toBe(1620);
    expect(at(3, { random: 0.999999 })).toBe(1980);
  });

  it("waits at least what Retry-After asks, within the queue's 12 h cap", () => {
    expect(at(1, { retryAfter: 120 })).toBe(120);
    expect(at(4, { retryAfter: 60 })).toBe(7200);
    expect(at(1, { retryAfter: 86_400 })).toBe(43_200);
  });

  it("scales for tests", () => {
    expect(at(6, { scale: 0.001 })).toBe(36);
    expect(at(1, { scale: 0.001 })).toBe(0);
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2026-06-06T09:00:00Z");
    expect(parseRetryAfter("30", now)).toBe(30);
    expect(parseRetryAfter("Sat, 06 Jun 2026 09:02:00 GMT", now)).toBe(120);
    expect(parseRetryAfter("Sat, 06 Jun 2026 08:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it("matches the queue's max_retries, so the last failure is dead-lettered", () => {
    const toml = readFileSync(path.join(import.meta.dirname, "../../../wrangler.toml"), "utf8");
    const consumer = toml.slice(toml.indexOf("[[queues.consumers]]"));
    expect(Number(/max_retries\s*=\s*(\d+)/.exec(consumer)?.[1])).toBe(MAX_ATTEMPTS - 1);
    expect(consumer).toMatch(/dead_letter_queue\s*=\s*"score360-webhooks-dlq"/);
  });
});
