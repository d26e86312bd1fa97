import { afterAll, beforeAll, expect, it } from "vitest";
import { http, newInstitution, type RunningApi, startApi } from "./harness";

let api: RunningApi;
beforeAll(async () => {
  // The same Worker with the sandbox limiter cut to 3 requests per 10 s, so the test can reach it.
  api = await startApi({
    patchConfig: (toml) => toml.replace(/(name = "RATE_LIMIT_TEST"[\s\S]*?simple = )\{[^}]*\}/, "$1{ limit = 3, period = 10 }"),
  });
});
afterAll(() => api?.dispose());

it("answers 429 rate_limited with Retry-After once a key's budget is spent, per key", async () => {
  const { test: key, live } = await newInstitution(api);
  const statuses: number[] = [];
  let limited: Awaited<ReturnType<typeof http>> | undefined;
  // The limiter counts in fixed 10 s windows: a burst that straddles a boundary gets a fresh
  // budget of 3 once, so the 429 comes by the 7th request at the latest; 10 are allowed.
  for (let i = 0; i < 10 && !limited; i++) {
    const res = await http(api, "GET", "/v1/smes?limit=1", { key });
    statuses.push(res.status);
    if (res.status === 429) limited = res;
  }
  expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
  expect(limited).toBeDefined();
  expect(limited!.json.error).toMatchObject({ type: "rate_limit_error", code: "rate_limited" });
  expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
  // Another key (here the live one, with its own limiter) is not affected.
  expect((await http(api, "GET", "/v1/smes?limit=1", { key: live })).status).toBe(200);
});
