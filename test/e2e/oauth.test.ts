import { afterAll, beforeAll, expect, it } from "vitest";
import { http, newInstitution, type RunningApi, startApi } from "./harness";

let api: RunningApi;
beforeAll(async () => {
  // The token endpoint's limiter cut to 3 requests per 10 s, so the test can reach it.
  api = await startApi({
    patchConfig: (toml) => toml.replace(/(name = "RATE_LIMIT_TOKEN"[\s\S]*?simple = )\{[^}]*\}/, "$1{ limit = 3, period = 10 }"),
  });
});
afterAll(() => api?.dispose());

const tokenRequest = (clientId: string, secret: string) =>
  fetch(`${api.url}/v1/oauth/token`, {
    method: "POST",
    headers: { authorization: `Basic ${btoa(`${clientId}:${secret}`)}`, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });

it("issues tokens that work on the API, audits them, and slows a client's guesses to 429", async () => {
  const inst = await newInstitution(api);
  const client = await http(api, "POST", "/v1/oauth/clients", { key: inst.test, body: { name: "gw", role: "admin" } });
  expect(client.status).toBe(201);
  const { client_id, client_secret } = client.json;

  const issued = await tokenRequest(client_id, client_secret);
  expect(issued.status).toBe(200);
  const { access_token } = (await issued.json()) as { access_token: string };
  expect((await http(api, "GET", "/v1/smes?limit=1", { key: access_token })).status).toBe(200);
  expect((await http(api, "GET", "/.well-known/jwks.json")).json.keys).toHaveLength(1);

  // Guessing: the limiter counts per source address, whatever the secret.
  // Until the first 429: the limiter counts in fixed 10-second windows, so a burst cut by one's
  // end meets it within two budgets of 3 and one.
  const statuses: number[] = [];
  for (let i = 0; i <= 6 && statuses.at(-1) !== 429; i++) statuses.push((await tokenRequest(client_id, `guess-${i}`)).status);
  expect(statuses.slice(0, 2)).toEqual([401, 401]);
  expect(statuses.at(-1)).toBe(429);
  const limited = await tokenRequest(client_id, client_secret);
  expect(limited.status).toBe(429);
  expect(await limited.json()).toEqual({ error: "rate_limited", error_description: expect.any(String) });
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);

  // The AuditLog Durable Object (migration v2) holds the story, in order, chained.
  // Entries land after each response: poll until the throttled attempts are in.
  const story = async () =>
    (
      (await http(api, "GET", `/v1/audit-logs?limit=100&actor=${client_id}`, { key: inst.test })).json.data as {
        action: string;
        status: number;
      }[]
    )
      .reverse()
      .map((e) => `${e.action} ${e.status}`);
  let seen = await story();
  // The token, the list, the guesses and the last try with the real secret.
  for (let i = 0; i < 50 && seen.length < 2 + statuses.length + 1; i++) seen = await story();
  expect(seen.slice(0, 4)).toEqual([
    "POST /v1/oauth/token 200",
    "GET /v1/smes 200",
    "POST /v1/oauth/token 401",
    "POST /v1/oauth/token 401",
  ]);
  // The limiter's window is fixed: a guess landing just after its boundary meets a fresh budget
  // (one more 401) before the 429s come back.
  expect(seen.slice(4).every((e) => e === "POST /v1/oauth/token 401" || e === "POST /v1/oauth/token 429")).toBe(true);
  expect(seen.at(-1)).toBe("POST /v1/oauth/token 429");
  expect((await http(api, "GET", "/v1/audit-logs/verify", { key: inst.test })).json).toMatchObject({ valid: true });
});
