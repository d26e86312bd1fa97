import { describe, expect, it, vi } from "vitest";
import { Score360 } from "../../src/client";
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  TimeoutError,
} from "../../src/core/errors";
import { VERSION } from "../../src/version";
import { type Answer, apiError, fakeFetch, json } from "./fake-fetch";

const SCORE = { object: "score", sme_id: "SME_1", score: 782, grade: "A", window_days: 90, scored_at: "2026-06-06T09:12:44Z" };

function client(answers: Answer[], opts: { maxRetries?: number; timeoutMs?: number } = {}) {
  const fake = fakeFetch(answers);
  const sleeps: number[] = [];
  const sdk = new Score360({ apiKey: "sk_test_x", baseUrl: "http://api.test/v1", fetch: fake.fetch, ...opts });
  // No real waiting in unit tests: record each backoff instead (the transport takes an injected sleep).
  const transport = (sdk.scores as unknown as { transport: { config: { sleep: unknown; random: unknown } } }).transport;
  transport.config.sleep = async (ms: number) => void sleeps.push(ms);
  transport.config.random = () => 0.5;
  return { sdk, sent: fake.sent, sleeps };
}

describe("request core", () => {
  it("sends snake_case, answers camelCase, with the user agent, key and a JSON body", async () => {
    const { sdk, sent } = client([json(200, SCORE)]);
    const score = await sdk.scores.create({ smeId: "SME_1", windowDays: 90 });
    expect(score).toMatchObject({ smeId: "SME_1", windowDays: 90, scoredAt: SCORE.scored_at });
    expect(sent[0]).toMatchObject({ url: "http://api.test/v1/scores", method: "POST", body: '{"sme_id":"SME_1","window_days":90}' });
    expect(sent[0]!.headers).toMatchObject({
      authorization: "Bearer sk_test_x",
      "content-type": "application/json",
      "user-agent": `score360-node/${VERSION}`,
    });
  });

  it("puts list filters in the query string, snake_cased, and leaves out what is undefined", async () => {
    const { sdk, sent } = client([json(200, { object: "list", data: [], has_more: false, next_cursor: null })]);
    await sdk.portfolio.alerts.list({ smeId: "SME_1", severity: undefined, limit: 5 }).firstPage();
    expect(sent[0]!.url).toBe("http://api.test/v1/portfolio/alerts?sme_id=SME_1&limit=5");
  });

  it("retries 5xx, 429 and 409 idempotency_in_progress with one Idempotency-Key, then succeeds", async () => {
    const { sdk, sent, sleeps } = client(
      [apiError(503, "api_error", "internal_error"), apiError(409, "conflict_error", "idempotency_in_progress"), json(200, SCORE)],
      { maxRetries: 3 },
    );
    await sdk.scores.create({ smeId: "SME_1" });
    expect(sent).toHaveLength(3);
    const keys = new Set(sent.map((s) => s.headers["idempotency-key"]));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(sent.map((s) => s.body)).size).toBe(1);
    // Exponential with the jitter at its middle: 500 ms × (1 − 0.125), then 1 s × (1 − 0.125).
    expect(sleeps).toEqual([437.5, 875]);
  });

  it("sends a camt document and PI-SPI events as they are, with their media type, the same bytes on each retry", async () => {
    const RESULT = { object: "flow_ingestion", sme_id: "SME_1", received: 1, accepted: 1, duplicates: 0, rejected: [] };
    const { sdk, sent } = client([apiError(503, "api_error", "internal_error"), json(200, RESULT), json(200, RESULT)]);
    const xml = '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><sme_id/></Document>';
    expect(await sdk.flows.ingestCamt(xml, { smeId: "SME_1" })).toMatchObject({ smeId: "SME_1", accepted: 1 });
    expect(sent.map((s) => [s.url, s.body, s.headers["content-type"]])).toEqual([
      ["http://api.test/v1/connect/camt?sme_id=SME_1", xml, "application/xml"],
      ["http://api.test/v1/connect/camt?sme_id=SME_1", xml, "application/xml"],
    ]);
    expect(sent[0]!.headers["idempotency-key"]).toBe(sent[1]!.headers["idempotency-key"]);
    await sdk.flows.ingestPiSpi({ data: [{ evCode: "PAIEMENT_RECU", end2endId: "E1", dateIrrevocabilite: "2026-06-01T09:00:00Z" }] });
    expect(sent[2]).toMatchObject({
      url: "http://api.test/v1/connect/pi-spi/events",
      body: '{"data":[{"evCode":"PAIEMENT_RECU","end2endId":"E1","dateIrrevocabilite":"2026-06-01T09:00:00Z"}]}',
    });
  });

  it("uses the caller's Idempotency-Key and never sends one on GET", async () => {
    const { sdk, sent } = client([json(201, { sme_id: "SME_1" }), json(200, { sme_id: "SME_1" })]);
    await sdk.smes.create({ smeId: "SME_1", sector: "commerce", country: "SN" }, { idempotencyKey: "onboard-1" });
    await sdk.smes.retrieve("SME_1");
    expect(sent[0]!.headers["idempotency-key"]).toBe("onboard-1");
    expect(sent[1]!.headers["idempotency-key"]).toBeUndefined();
  });

  it("honours Retry-After (seconds) on 429", async () => {
    const { sdk, sleeps } = client([apiError(429, "rate_limit_error", "rate_limited", { "retry-after": "3" }), json(200, SCORE)]);
    await sdk.scores.create({ smeId: "SME_1" });
    expect(sleeps).toEqual([3000]);
  });

  it("gives up with RateLimitError when Retry-After asks for more than a minute", async () => {
    const { sdk, sent } = client([apiError(429, "rate_limit_error", "rate_limited", { "retry-after": "120" })]);
    const err = await sdk.scores.create({ smeId: "SME_1" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfter).toBe(120);
    expect(sent).toHaveLength(1);
  });

  it("retries network errors and throws ConnectionError after maxRetries", async () => {
    const { sdk, sent, sleeps } = client([new TypeError("fetch failed"), new TypeError("fetch failed"), new TypeError("fetch failed")]);
    const err = await sdk.smes.retrieve("SME_1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as Error).message).toContain("fetch failed");
    expect(sent).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it("does not retry what retrying cannot fix", async () => {
    for (const [answer, type] of [
      [apiError(400, "invalid_request_error", "validation_failed"), InvalidRequestError],
      [apiError(409, "invalid_request_error", "sme_already_exists"), InvalidRequestError],
      [apiError(422, "invalid_request_error", "idempotency_key_reused"), InvalidRequestError],
      [apiError(401, "authentication_error", "invalid_api_key"), AuthenticationError],
      [apiError(403, "permission_error", "insufficient_scope"), PermissionError],
      [apiError(404, "invalid_request_error", "sme_not_found"), NotFoundError],
    ] as const) {
      const { sdk, sent } = client([answer]);
      const err = await sdk.smes.create({ smeId: "SME_1", sector: "commerce", country: "SN" }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(type);
      expect(sent).toHaveLength(1);
    }
  });

  it("maps every error type to its class, with status, code, message and request id", async () => {
    const cases = [
      [apiError(500, "api_error", "internal_error"), ApiError],
      [apiError(409, "conflict_error", "idempotency_in_progress"), ConflictError],
      [apiError(429, "rate_limit_error", "rate_limited"), RateLimitError],
    ] as const;
    for (const [answer, type] of cases) {
      const { sdk } = client([answer], { maxRetries: 0 });
      const err = (await sdk.smes.retrieve("SME_1").catch((e: unknown) => e)) as ApiError;
      expect(err).toBeInstanceOf(type);
      expect(err).toMatchObject({ status: answer.status, code: err.code, requestId: `req_${err.code}` });
      expect(err.message).toBe(`${err.code} happened`);
    }
  });

  it("turns an answer that never comes into TimeoutError, retried like a network error", async () => {
    const { sdk, sent } = client(["hang", "hang"], { timeoutMs: 20, maxRetries: 1 });
    const err = await sdk.smes.retrieve("SME_1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as Error).message).toContain("within 20 ms");
    expect(sent).toHaveLength(2);
  });

  it("stops at once, without retrying, when the caller aborts", async () => {
    const { sdk, sent } = client(["hang", json(200, {})]);
    const controller = new AbortController();
    const call = sdk.smes.retrieve("SME_1", { signal: controller.signal });
    controller.abort(new Error("caller gave up"));
    await expect(call).rejects.toThrow("caller gave up");
    expect(sent).toHaveLength(1);
  });

  it("reads the base URL from SCORE360_BASE_URL, defaults to production, and puts JWKS at the host root", async () => {
    vi.stubEnv("SCORE360_BASE_URL", "http://localhost:8787/v1");
    try {
      const fake = fakeFetch([json(200, { keys: [] })]);
      const sdk = new Score360({ apiKey: "k", fetch: fake.fetch });
      expect(sdk.baseUrl).toBe("http://localhost:8787/v1");
      await sdk.jwks.retrieve();
      expect(fake.sent[0]!.url).toBe("http://localhost:8787/.well-known/jwks.json");
      expect(fake.sent[0]!.headers.authorization).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
    vi.stubEnv("SCORE360_BASE_URL", undefined as unknown as string);
    try {
      expect(new Score360({ apiKey: "k" }).baseUrl).toBe("https://api.score360.africa/v1");
      expect(new Score360({ apiKey: "k", baseUrl: "http://x/v1" }).baseUrl).toBe("http://x/v1");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses a client without credentials, with a message naming both ways", () => {
    expect(() => new Score360({})).toThrow(/apiKey .*oauth/);
  });
});

describe("OAuth client credentials", () => {
  const token = (value: string, expiresIn = 900) =>
    json(200, { access_token: value, token_type: "Bearer", expires_in: expiresIn, scope: "smes:read" });

  it("gets a token with HTTP Basic, shares it between concurrent calls and reuses it", async () => {
    const fake = fakeFetch([token("tok1"), json(200, {}), json(200, {}), json(200, {})]);
    const sdk = new Score360({
      oauth: { clientId: "cli_1", clientSecret: "s3cret", scope: "smes:read" },
      baseUrl: "http://api.test/v1",
      fetch: fake.fetch,
    });
    await Promise.all([sdk.smes.retrieve("A"), sdk.smes.retrieve("B")]);
    await sdk.smes.retrieve("C");
    const tokenCalls = fake.sent.filter((s) => s.url.endsWith("/oauth/token"));
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]!.headers.authorization).toBe(`Basic ${btoa("cli_1:s3cret")}`);
    expect(tokenCalls[0]!.body).toBe("grant_type=client_credentials&scope=smes%3Aread");
    expect(fake.sent.slice(1).every((s) => s.headers.authorization === "Bearer tok1")).toBe(true);
  });

  it("asks for a new token once when the API answers invalid_token, then repeats the call", async () => {
    const fake = fakeFetch([
      token("old"),
      apiError(401, "authentication_error", "invalid_token"),
      token("new"),
      json(200, { sme_id: "A" }),
    ]);
    const sdk = new Score360({ oauth: { clientId: "c", clientSecret: "s" }, baseUrl: "http://api.test/v1", fetch: fake.fetch });
    expect(await sdk.smes.retrieve("A")).toEqual({ smeId: "A" });
    expect(fake.sent.map((s) => s.headers.authorization)).toEqual([
      expect.stringMatching(/^Basic /),
      "Bearer old",
      expect.stringMatching(/^Basic /),
      "Bearer new",
    ]);
  });

  it("reports a refused client as AuthenticationError with the OAuth error code", async () => {
    const fake = fakeFetch([json(401, { error: "invalid_client", error_description: "Unknown client or wrong secret." })]);
    const sdk = new Score360({ oauth: { clientId: "c", clientSecret: "wrong" }, baseUrl: "http://api.test/v1", fetch: fake.fetch });
    const err = await sdk.smes.retrieve("A").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ status: 401, code: "invalid_client", message: "Unknown client or wrong secret." });
  });
});
