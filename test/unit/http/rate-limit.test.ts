import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RATE_LIMIT_PERIOD_SECONDS } from "../../../worker/http/rate-limit";

describe("RATE_LIMIT_PERIOD_SECONDS", () => {
  it("is the period of every [[ratelimits]] binding in wrangler.toml (Retry-After quotes it)", () => {
    const toml = readFileSync(path.join(import.meta.dirname, "../../../wrangler.toml"), "utf8");
    const periods = [...toml.matchAll(/^simple\s*=\s*\{[^}]*period\s*=\s*(\d+)/gm)].map((m) => Number(m[1]));
    expect(periods.length).toBeGreaterThanOrEqual(3);
    expect(new Set(periods)).toEqual(new Set([RATE_LIMIT_PERIOD_SECONDS]));
  });
});
