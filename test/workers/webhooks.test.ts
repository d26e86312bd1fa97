import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { NO_RESPONSE } from "../../worker/webhooks/deliver";
import { call, newInstitution } from "./api";
import { deliveries, newEndpoint, received, receiverUrl, sandboxEvent, setFailingSince, until } from "./webhook-kit";

const inst = await newInstitution();
const key = inst.test;
const hook = (name: string, query = "") => `${receiverUrl}/hook/${name}${query}`;

describe("webhook endpoints", () => {
  it("shows the secret once, then lists, reads, updates and deletes", async () => {
    const created = await newEndpoint(key, hook("crud"), ["score.downgraded"]);
    expect(created).toMatchObject({ object: "webhook_endpoint", url: hook("crud"), events: ["score.downgraded"], status: "enabled" });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const got = await call("GET", `/v1/webhook-endpoints/${created.id}`, { key });
    expect(got.json.secret).toBeUndefined();
    expect((await call("GET", "/v1/webhook-endpoints", { key })).json.data.map((e: { id: string }) => e.id)).toContain(created.id);
    const patched = await call("PATCH", `/v1/webhook-endpoints/${created.id}`, { key, body: { events: ["*"], description: "all" } });
    expect(patched.json).toMatchObject({ events: ["*"], description: "all" });
    expect((await call("DELETE", `/v1/webhook-endpoints/${created.id}`, { key })).json).toMatchObject({ deleted: true });
    expect((await call("GET", `/v1/webhook-endpoints/${created.id}`, { key })).status).toBe(404);
  });

  it("refuses unsafe URLs for live keys and lets test keys use the loopback", async () => {
    for (const url of [
      hook("x"),
      "https://127.0.0.1/x",
      "https://10.0.0.7/x",
      "https://169.254.169.254/",
      "https://metadata.google.internal/",
    ]) {
      const res = await call("POST", "/v1/webhook-endpoints", { key: inst.live, body: { url, events: ["*"] } });
      expect(res.status, url).toBe(400);
      expect(res.json.error).toMatchObject({ code: "validation_failed", param: "url" });
    }
    expect(
      (await call("POST", "/v1/webhook-endpoints", { key: inst.live, body: { url: "https://hooks.bank.sn/s360", events: ["*"] } })).status,
    ).toBe(201);
    const mixed = await call("POST", "/v1/webhook-endpoints", { key, body: { url: hook("x"), events: ["*", "sme.erased"] } });
    expect(mixed.json.error.param).toBe("events");
  });

  it("keeps each institution's and environment's endpoints to itself", async () => {
    const other = await newInstitution();
    const mine = await newEndpoint(key, hook("mine"));
    expect((await call("GET", `/v1/webhook-endpoints/${mine.id}`, { key: other.test })).status).toBe(404);
    expect((await call("GET", `/v1/webhook-endpoints/${mine.id}`, { key: inst.live })).status).toBe(404);
    expect((await call("DELETE", `/v1/webhook-endpoints/${mine.id}`, { key: other.test })).status).toBe(404);
    expect((await call("GET", `/v1/webhook-endpoints/${mine.id}/deliveries`, { key: other.test })).status).toBe(404);
  });
});

describe("the endpoint cap", () => {
  it("holds 20 endpoints per institution and environment, even when created at once, and says so in the contract", async () => {
    const { test: own, live } = await newInstitution();
    const create = (n: number) =>
      call("POST", "/v1/webhook-endpoints", { key: own, body: { url: hook(`cap-${n}`), events: ["sme.erased"] } });
    const results = await Promise.all(Array.from({ length: 25 }, (_, n) => create(n)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(20);
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(409);
      expect(r.json.error.code).toBe("endpoint_limit_reached");
    }
    const listed = await call("GET", "/v1/webhook-endpoints?limit=100", { key: own });
    expect(listed.json.data).toHaveLength(20);
    // The other environment has its own 20; deleting one makes room again.
    expect(
      (await call("POST", "/v1/webhook-endpoints", { key: live, body: { url: "https://hooks.bank.sn/cap", events: ["*"] } })).status,
    ).toBe(201);
    await call("DELETE", `/v1/webhook-endpoints/${listed.json.data[0].id}`, { key: own });
    expect((await create(99)).status).toBe(201);
    for (const ep of (await call("GET", "/v1/webhook-endpoints?limit=100", { key: own })).json.data) {
      await call("DELETE", `/v1/webhook-endpoints/${ep.id}`, { key: own });
    }

    const doc = (await call("GET", "/v1/openapi.json")).json;
    const create201 = doc.paths["/v1/webhook-endpoints"].post;
    expect(create201.description).toContain("20");
    expect(create201.responses["409"].description).toContain("endpoint_limit_reached");
  }, 60_000);
});

describe("live endpoint URLs", () => {
  it("refuses every internal spelling the review found, and any port but 443; stores the normalised URL", async () => {
    const found = [
      "https://localhost../",
      "https://localhost%2e%2e/",
      "https://foo.internal../",
      "https://[::127.0.0.1]/",
      "https://[::ffff:0:127.0.0.1]/",
      "https://[64:ff9b:1::127.0.0.1]/",
      "https://[2002:7f00:1::]/",
      "https://[2002:a9fe:a9fe::]/",
      "https://[fec0::1]/",
      "https://[100::1]/",
      "https://hooks.example-bank.sn:8080/",
    ];
    for (const url of found) {
      const res = await call("POST", "/v1/webhook-endpoints", { key: inst.live, body: { url, events: ["*"] } });
      expect(res.status, url).toBe(400);
      expect(res.json.error.param).toBe("url");
    }
    const ok = await call("POST", "/v1/webhook-endpoints", {
      key: inst.live,
      body: { url: "https://Hooks.Example-Bank.SN./score360", events: ["*"] },
    });
    expect(ok.json.url).toBe("https://hooks.example-bank.sn/score360");
    const patched = await call("PATCH", `/v1/webhook-endpoints/${ok.json.id}`, {
      key: inst.live,
      body: { url: "https://hooks%2eexample-bank.sn../v2" },
    });
    expect(patched.json.url).toBe("https://hooks.example-bank.sn/v2");
    await call("DELETE", `/v1/webhook-endpoints/${ok.json.id}`, { key: inst.live });
  }, 60_000);
});

describe("delivery", () => {
  it("signs so that the standardwebhooks library verifies it, and sends the event as the API shows it", async () => {
    const ep = await newEndpoint(key, hook("signed"));
    const event = await sandboxEvent(key, "score.downgraded");
    const [got] = await until(
      () => received("signed"),
      (r) => r.length === 1,
    );
    const body = new Webhook(ep.secret).verify(got!.body, got!.headers);
    expect(got!.headers["webhook-id"]).toBe(event.id);
    const { object: _object, ...apiEvent } = (await call("GET", `/v1/events/${event.id}`, { key })).json;
    expect(body).toEqual(apiEvent);
    expect(body).toMatchObject({ event: "score.downgraded", environment: "test", sme_id: "SME_TEST_COMMERCE_C", reason: "inflow_trend" });
    const [attempt] = await until(
      () => deliveries(key, ep.id),
      (d) => d[0]?.outcome === "succeeded",
    );
    expect(attempt).toMatchObject({ event_id: event.id, attempt: 1, status_code: 200, error: null, redelivery: false });
    expect(attempt!.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it("records a connection failure without the runtime's error or a latency: the log is no port scanner", async () => {
    const { test: own } = await newInstitution();
    const ep = await newEndpoint(own, "http://127.0.0.1:1/closed");
    await sandboxEvent(own, "score.downgraded");
    const [attempt] = await until(
      () => deliveries(own, ep.id),
      (d) => d.length > 0 && d[d.length - 1]!.outcome !== "in_flight",
    );
    expect(attempt).toMatchObject({ status_code: null, latency_ms: null, error: NO_RESPONSE });
    await call("DELETE", `/v1/webhook-endpoints/${ep.id}`, { key: own });
  });

  it("retries a failing receiver with the same webhook-id until it succeeds, recording every attempt", async () => {
    const ep = await newEndpoint(key, hook("flaky", "?fail=2&with=503"));
    const event = await sandboxEvent(key, "anomaly.detected");
    const got = await until(
      () => received("flaky"),
      (r) => r.length === 3,
    );
    expect(new Set(got.map((r) => r.headers["webhook-id"]))).toEqual(new Set([event.id]));
    for (const r of got) expect(new Webhook(ep.secret).verify(r.body, r.headers)).toBeTruthy();
    const log = await until(
      () => deliveries(key, ep.id),
      (d) => d[0]?.outcome === "succeeded",
    );
    expect(log.map((d) => [d.attempt, d.outcome, d.status_code])).toEqual([
      [3, "succeeded", 200],
      [2, "retrying", 503],
      [1, "retrying", 503],
    ]);
    expect(log[2]!.error).toBe("HTTP 503");
  });

  it("counts a redirect as a failure and does not follow it", async () => {
    const ep = await newEndpoint(key, hook("moved", "?fail=1&with=302"));
    await sandboxEvent(key, "score.upgraded");
    const log = await until(
      () => deliveries(key, ep.id),
      (d) => d[0]?.outcome === "succeeded",
    );
    expect(log.map((d) => [d.outcome, d.status_code])).toEqual([
      ["succeeded", 200],
      ["retrying", 302],
    ]);
    expect(await received("elsewhere")).toEqual([]);
  });

  it("disables an endpoint at the first 410 Gone", async () => {
    const ep = await newEndpoint(key, hook("gone", "?fail=1000&with=410"));
    await sandboxEvent(key, "sme.risk_zone_entered");
    await until(
      () => deliveries(key, ep.id),
      (d) => d[0]?.outcome === "failed",
    );
    expect((await call("GET", `/v1/webhook-endpoints/${ep.id}`, { key })).json).toMatchObject({
      status: "disabled",
      disabled_reason: "gone",
    });
    await sandboxEvent(key, "sme.risk_zone_entered");
    expect(await received("gone")).toHaveLength(1);
    const enabled = await call("PATCH", `/v1/webhook-endpoints/${ep.id}`, { key, body: { status: "enabled" } });
    expect(enabled.json).toMatchObject({ status: "enabled", disabled_reason: null });
  });

  it("disables an endpoint that has failed for 5 days", async () => {
    const ep = await newEndpoint(key, hook("down", "?fail=1000&with=500"));
    await setFailingSince(ep.id, Date.now() - 5 * 86_400_000 - 1000);
    await sandboxEvent(key, "score.threshold_crossed");
    await until(
      () => deliveries(key, ep.id),
      (d) => d[0]?.outcome === "failed",
    );
    expect((await call("GET", `/v1/webhook-endpoints/${ep.id}`, { key })).json).toMatchObject({
      status: "disabled",
      disabled_reason: "failing",
    });
  });

  it("signs with the old and the new secret for 24 h after a rotation", async () => {
    const ep = await newEndpoint(key, hook("rotated"));
    const rotated = await call("POST", `/v1/webhook-endpoints/${ep.id}/rotate-secret`, { key });
    expect(rotated.status).toBe(201);
    expect(rotated.json.secret).not.toBe(ep.secret);
    const expires = Date.parse(rotated.json.previous_secret_expires_at) - Date.now();
    expect(expires).toBeGreaterThan(23.9 * 3600_000);
    expect(expires).toBeLessThanOrEqual(24 * 3600_000);
    await sandboxEvent(key, "sme.erased");
    const [got] = await until(
      () => received("rotated"),
      (r) => r.length === 1,
    );
    expect(got!.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    for (const secret of [ep.secret, rotated.json.secret]) expect(new Webhook(secret).verify(got!.body, got!.headers)).toBeTruthy();
  });

  it("sends only the events an endpoint subscribed to", async () => {
    const ep = await newEndpoint(key, hook("picky"), ["sme.erased"]);
    await sandboxEvent(key, "score.downgraded");
    const erased = await sandboxEvent(key, "sme.erased");
    const [got] = await until(
      () => received("picky"),
      (r) => r.length === 1,
    );
    expect(got!.headers["webhook-id"]).toBe(erased.id);
    expect(await deliveries(key, ep.id)).toHaveLength(1);
  });

  it("redelivers on request, with the same webhook-id", async () => {
    const ep = await newEndpoint(key, hook("again"), ["score.upgraded"]);
    const event = await sandboxEvent(key, "score.upgraded");
    await until(
      () => received("again"),
      (r) => r.length === 1,
    );
    const res = await call("POST", `/v1/events/${event.id}/redeliver`, { key });
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ object: "redelivery", event_id: event.id });
    const got = await until(
      () => received("again"),
      (r) => r.length === 2,
    );
    expect(got.map((r) => r.headers["webhook-id"])).toEqual([event.id, event.id]);
    const log = await until(
      () => deliveries(key, ep.id),
      (d) => d.length === 2 && d[0]!.outcome === "succeeded",
    );
    expect(log.map((d) => d.redelivery)).toEqual([true, false]);
  });
});

describe("sandbox events and the event log", () => {
  it("refuse live keys, unknown SMEs and unknown types", async () => {
    const live = await call("POST", "/v1/sandbox/events", { key: inst.live, body: { event: "score.downgraded" } });
    expect(live.status).toBe(403);
    expect(live.json.error.code).toBe("live_mode_forbidden");
    expect((await call("POST", "/v1/sandbox/events", { key, body: { event: "score.downgraded", sme_id: "NOPE" } })).json.error.code).toBe(
      "sme_not_found",
    );
    expect((await call("POST", "/v1/sandbox/events", { key, body: { event: "score.exploded" } })).json.error.param).toBe("event");
  });

  it("lists events newest first with filters, scoped to the tenant", async () => {
    const a = await sandboxEvent(key, "anomaly.detected", "SME_TEST_HEALTH_B");
    const b = await sandboxEvent(key, "anomaly.detected", "SME_TEST_HEALTH_B");
    const list = await call("GET", "/v1/events?type=anomaly.detected&sme_id=SME_TEST_HEALTH_B", { key });
    expect(list.json.data.map((e: { id: string }) => e.id)).toEqual([b.id, a.id]);
    expect(list.json.data[0]).toMatchObject({ object: "event", anomalies: 3, from: { grade: "B" } });
    expect((await call("GET", `/v1/events/${a.id}`, { key: inst.live })).status).toBe(404);
    expect((await call("POST", `/v1/events/${a.id}/redeliver`, { key: inst.live })).status).toBe(404);
    expect((await call("GET", "/v1/events", { key: inst.live })).json.data).toEqual([]);
  });
});
