import {
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  Score360,
  TimeoutError,
} from "@score360/sdk";
import { Agent, fetch as undiciFetch } from "undici";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { newInstitution, type RunningApi, startApi } from "../../../../test/e2e/harness";
import { type Receiver, startReceiver } from "../../../../test/e2e/receiver";
import { startFaultyProxy } from "./faulty-proxy";
import { clientFor } from "./fixtures";

let api: RunningApi;
let keys: { test: string; live: string };
let proxy: Awaited<ReturnType<typeof startFaultyProxy>>;
let receiver: Receiver;
// Starting workerd can take minutes on a busy shared machine: generous hook and test limits.
vi.setConfig({ testTimeout: 180_000 });
beforeAll(async () => {
  api = await startApi();
  keys = await newInstitution(api, "Resilient Bank");
  proxy = await startFaultyProxy(api.url);
  receiver = await startReceiver();
}, 300_000);
afterAll(async () => {
  await proxy?.close();
  await receiver?.close();
  await api?.dispose();
});

const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    const value = await read();
    if (ok(value) || i > 150) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("typed errors from the real Worker", () => {
  it("one class per error type, with status, code, param and request id", async () => {
    const client = clientFor(api, keys.test);
    const invalid = await caught(client.scores.create({ smeId: "SME_TEST_HEALTH_B", windowDays: 10 }));
    expect(invalid).toBeInstanceOf(InvalidRequestError);
    expect(invalid).toMatchObject({
      status: 400,
      type: "invalid_request_error",
      code: "validation_failed",
      param: "window_days",
      requestId: expect.stringMatching(/^req_/),
    });
    expect(await caught(client.smes.retrieve("NO_SUCH_SME"))).toMatchObject({
      constructor: NotFoundError,
      status: 404,
      code: "sme_not_found",
    });
    await client.smes.create({ smeId: "TWICE", sector: "commerce", country: "SN" });
    expect(await caught(client.smes.create({ smeId: "TWICE", sector: "commerce", country: "SN" }))).toMatchObject({
      constructor: InvalidRequestError,
      status: 409,
      code: "sme_already_exists",
    });
    expect(await caught(clientFor(api, "sk_test_nope").smes.list().firstPage())).toMatchObject({
      constructor: AuthenticationError,
      status: 401,
      code: "invalid_api_key",
    });
    expect(await caught(clientFor(api, keys.live).sandbox.triggerEvent({ event: "score.upgraded" }))).toMatchObject({
      constructor: PermissionError,
      status: 403,
      code: "live_mode_forbidden",
    });
    const viewer = await client.apiKeys.create({ name: "read only", role: "viewer" });
    expect(await caught(clientFor(api, viewer.secret).smes.delete("TWICE"))).toMatchObject({
      constructor: PermissionError,
      code: "insufficient_scope",
    });
  });

  it("ConflictError when the same Idempotency-Key is sent while its first request runs", async () => {
    await clientFor(api, keys.test).smes.create({ smeId: "TWIN_SME", sector: "commerce", country: "SN" });
    const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
    const conflicts: unknown[] = [];
    // Whichever of two concurrent twins claims the key second while the other runs gets the 409.
    // The twins come from two clients with a connection each, as from two of a bank's servers
    // (sharing one pool, they mostly went one after the other); even so the race is won in about
    // one try in four on a quiet machine (2026-12-02), fewer under load: up to 200 tries, ~50 ms each.
    for (let i = 0; i < 200 && conflicts.length === 0; i++) {
      const flows = Array.from({ length: 1000 }, (_, n) => ({ id: `twin-${i}-${n}`, occurredAt, amount: 1000, direction: "in" as const }));
      const agents = [new Agent(), new Agent()];
      const twins = agents.map((agent) =>
        clientFor(api, keys.test, {
          maxRetries: 0,
          fetch: ((url: string, init: object) => undiciFetch(url, { ...init, dispatcher: agent })) as unknown as typeof fetch,
        }).flows.ingest({ smeId: "TWIN_SME", flows }, { idempotencyKey: `twin-${i}` }),
      );
      const outcomes = await Promise.all(twins.map(caught));
      await Promise.all(agents.map((agent) => agent.close()));
      conflicts.push(...outcomes.filter((e) => e !== undefined));
    }
    expect(conflicts[0]).toBeInstanceOf(ConflictError);
    expect(conflicts[0]).toMatchObject({ status: 409, type: "conflict_error", code: "idempotency_in_progress" });
  });

  it("RateLimitError with Retry-After once a client's token guesses hit the limiter", async () => {
    // The token endpoint is limited per source address, and every test here comes from 127.0.0.1:
    // exhausting it on the shared Worker would make the OAuth tests below wait out the limit.
    const own = await startApi();
    try {
      const ownKeys = await newInstitution(own, "Guessed Bank");
      const client = clientFor(own, ownKeys.test, { maxRetries: 0 });
      const { clientId } = await client.oauthClients.create({ name: "guessed", role: "viewer" });
      const errors: unknown[] = [];
      // The budget is 30 a minute, counted in fixed minutes: a burst cut by a minute's end meets
      // its 429 within two budgets and one.
      for (let i = 0; i <= 60 && !(errors.at(-1) instanceof RateLimitError); i++) {
        errors.push(await caught(client.oauth.token({ clientId, clientSecret: `guess-${i}` })));
      }
      expect(errors[0]).toMatchObject({ constructor: AuthenticationError, status: 401, code: "invalid_client" });
      const limited = errors.at(-1) as RateLimitError;
      expect(limited).toBeInstanceOf(RateLimitError);
      expect(limited.retryAfter).toBeGreaterThan(0);
    } finally {
      await own.dispose();
    }
  });

  it("ApiError after retrying 5xx, ConnectionError for a dead port, TimeoutError for silence", async () => {
    proxy.fail(
      ...Array.from({ length: 3 }, () => ({
        kind: "answer" as const,
        status: 503,
        body: {
          error: {
            type: "api_error",
            code: "internal_error",
            message: "Something went wrong on our side; retry later.",
            request_id: "req_edge",
          },
        },
      })),
    );
    const before = proxy.seen.length;
    const viaProxy = new Score360({ apiKey: keys.test, baseUrl: `${proxy.url}/v1` });
    expect(await caught(viaProxy.portfolio.summary())).toMatchObject({ constructor: ApiError, status: 503, code: "internal_error" });
    expect(proxy.seen.length - before).toBe(3);

    const dead = new Score360({ apiKey: keys.test, baseUrl: "http://127.0.0.1:9/v1", maxRetries: 1 });
    expect(await caught(dead.health.check())).toBeInstanceOf(ConnectionError);
    proxy.fail({ kind: "hang" });
    const timedOut = await caught(
      new Score360({ apiKey: keys.test, baseUrl: `${proxy.url}/v1`, timeoutMs: 300, maxRetries: 0 }).health.check(),
    );
    expect(timedOut).toBeInstanceOf(TimeoutError);
  });
});

describe("retries that change nothing", () => {
  it("a POST whose answer is lost is retried with the same Idempotency-Key and applied once", async () => {
    const client = new Score360({ apiKey: keys.test, baseUrl: `${proxy.url}/v1` });
    proxy.fail({ kind: "lose-answer" });
    const from = proxy.seen.length;
    const sme = await client.smes.create({ smeId: "LOST_ANSWER", sector: "transport", country: "ML" });
    expect(sme).toMatchObject({ smeId: "LOST_ANSWER" });
    const posts = proxy.seen.slice(from);
    expect(posts.map((p) => p.method)).toEqual(["POST", "POST"]);
    expect(posts[0]!.idempotencyKey).toBeDefined();
    expect(posts[1]!.idempotencyKey).toBe(posts[0]!.idempotencyKey);

    proxy.fail({ kind: "lose-answer" });
    const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
    const flows = Array.from({ length: 5 }, (_, i) => ({ id: `lost-${i}`, occurredAt, amount: 1000 + i, direction: "in" as const }));
    expect(await client.flows.ingest({ smeId: "LOST_ANSWER", flows })).toMatchObject({ accepted: 5, duplicates: 0 });
    expect((await client.smes.retrieve("LOST_ANSWER")).flows.count).toBe(5);
    expect((await client.smes.list({ limit: 100 }).toArray({ limit: 1000 })).filter((s) => s.smeId === "LOST_ANSWER")).toHaveLength(1);
  });
});

describe("OAuth client credentials", () => {
  it("caches the token, and renews it before it expires", async () => {
    const admin = clientFor(api, keys.test);
    const { clientId, clientSecret } = await admin.oauthClients.create({ name: "gateway", role: "risk_analyst" });
    const tokenCalls: string[] = [];
    const bearers = new Set<string>();
    const client = new Score360({
      oauth: { clientId, clientSecret },
      baseUrl: `${api.url}/v1`,
      fetch: (input, init) => {
        const auth = new Headers(init?.headers).get("authorization") ?? "";
        if (String(input).endsWith("/oauth/token")) tokenCalls.push(String(input));
        else bearers.add(auth);
        return fetch(input, init);
      },
    });
    await client.scores.retrieve("SME_TEST_HEALTH_B");
    await client.smes.list({ limit: 1 }).firstPage();
    expect(tokenCalls).toHaveLength(1);
    // 14.5 minutes on: the 15-minute token is inside its renewal minute. Only Date moves, for the SDK's clock.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 14.5 * 60_000);
      await client.smes.list({ limit: 1 }).firstPage();
    } finally {
      vi.useRealTimers();
    }
    expect(tokenCalls).toHaveLength(2);
    expect(bearers.size).toBe(2);
  });
});

describe("webhooks", () => {
  it("verifies a real delivery from the Worker, before and after a secret rotation", async () => {
    const client = clientFor(api, keys.test);
    const endpoint = await client.webhookEndpoints.create({ url: `${receiver.url}/hook/sdk`, events: ["*"], description: "SDK test" });
    expect((await client.webhookEndpoints.list().toArray({ limit: 10 })).map((e) => e.id)).toContain(endpoint.id);
    expect(await client.webhookEndpoints.update(endpoint.id, { events: ["score.downgraded", "sme.erased"] })).toMatchObject({
      events: ["score.downgraded", "sme.erased"],
    });
    const triggered = await client.sandbox.triggerEvent({ event: "score.downgraded" });
    const [delivery] = await until(
      async () => receiver.received("sdk"),
      (r) => r.length === 1,
    );
    const event = await client.webhooks.verify(delivery!.body, delivery!.headers, endpoint.secret);
    const { object, ...stored } = await client.events.retrieve(triggered.id);
    expect(object).toBe("event");
    expect(event).toEqual(stored);
    await expect(client.webhooks.verify(delivery!.body, delivery!.headers, `whsec_${btoa("0".repeat(32))}`)).rejects.toThrow(
      /raw request body/,
    );

    const rotated = await client.webhookEndpoints.rotateSecret(endpoint.id);
    await client.sandbox.triggerEvent({ event: "sme.erased" });
    const second = (
      await until(
        async () => receiver.received("sdk"),
        (r) => r.length === 2,
      )
    )[1]!;
    expect((await client.webhooks.verify(second.body, second.headers, rotated.secret)).event).toBe("sme.erased");
    expect((await client.webhooks.verify(second.body, second.headers, endpoint.secret)).event).toBe("sme.erased");

    const attempts = await until(
      () => client.webhookEndpoints.deliveries.list(endpoint.id).toArray({ limit: 10 }),
      (a) => a.length === 2,
    );
    expect(attempts.map((a) => a.outcome)).toEqual(["succeeded", "succeeded"]);
    expect((await client.webhookEndpoints.retrieve(endpoint.id)).status).toBe("enabled");
    expect(await client.webhookEndpoints.delete(endpoint.id)).toMatchObject({ deleted: true });
  });
});
