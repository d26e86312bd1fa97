import { createServer } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFlows } from "../../scoring/generator";
import { profileFor } from "../../scoring/profiles";
import { NO_RESPONSE } from "../../worker/webhooks/deliver";
import { http, newInstitution, type RunningApi, startApi } from "./harness";
import { type Receiver, startReceiver } from "./receiver";

let api: RunningApi;
let receiver: Receiver;
let key: string;

beforeAll(async () => {
  // Retry delays a thousand times shorter (5 s → 0, 30 min → 2 s, 10 h → 36 s) and re-scores a second after new flows.
  api = await startApi({
    patchConfig: (toml) =>
      toml
        .replace('WEBHOOK_RETRY_SCALE = "1"', 'WEBHOOK_RETRY_SCALE = "0.001"')
        .replace('RESCORE_DELAY_SECONDS = "120"', 'RESCORE_DELAY_SECONDS = "1"'),
  });
  receiver = await startReceiver();
  key = (await newInstitution(api, "Webhook Bank")).test;
});
afterAll(async () => {
  await receiver?.close();
  await api?.dispose();
});

async function until<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function endpoint(url: string, events = ["*"]) {
  const res = await http(api, "POST", "/v1/webhook-endpoints", { key, body: { url, events } });
  expect(res.status).toBe(201);
  return res.json as { id: string; secret: string };
}

const trigger = async (event: string) => (await http(api, "POST", "/v1/sandbox/events", { key, body: { event } })).json as { id: string };
const log = async (id: string) =>
  (await http(api, "GET", `/v1/webhook-endpoints/${id}/deliveries?limit=100`, { key })).json.data as {
    outcome: string;
    attempt: number;
    error: string | null;
    latency_ms: number | null;
    next_attempt_at: string | null;
  }[];

/** A loopback port with nothing listening: a receiver that is down. */
async function deadPort() {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe("webhooks through wrangler dev's queue to a real receiver", () => {
  it("delivers a delivery the standardwebhooks package verifies, webhook-id = event id", async () => {
    const ep = await endpoint(`${receiver.url}/hook/verify`);
    const event = await trigger("score.downgraded");
    const [got] = await until(
      () => receiver.received("verify"),
      (r) => r.length === 1,
    );
    const payload = new Webhook(ep.secret).verify(got!.body, got!.headers as Record<string, string>);
    expect(payload).toMatchObject({ id: event.id, event: "score.downgraded", environment: "test" });
    expect(got!.headers["webhook-id"]).toBe(event.id);
  });

  it("retries a receiver that fails three times, with the same webhook-id, until it takes it", async () => {
    const ep = await endpoint(`${receiver.url}/hook/flaky?fail=3&with=500`);
    const event = await trigger("anomaly.detected");
    const got = await until(
      () => receiver.received("flaky"),
      (r) => r.length === 4,
    );
    expect(got.map((r) => r.headers["webhook-id"])).toEqual([event.id, event.id, event.id, event.id]);
    expect(new Webhook(ep.secret).verify(got[3]!.body, got[3]!.headers as Record<string, string>)).toBeTruthy();
    const attempts = await until(
      () => log(ep.id),
      (l) => l[0]?.outcome === "succeeded",
    );
    expect(attempts.map((a) => a.outcome)).toEqual(["succeeded", "retrying", "retrying", "retrying"]);
  });

  it("keeps retrying a receiver that is down for the whole test: the event is not lost", async () => {
    const ep = await endpoint(`http://127.0.0.1:${await deadPort()}/hook`);
    await trigger("sme.risk_zone_entered");
    const attempts = await until(
      () => log(ep.id),
      (l) => l.length >= 3 && l[0]!.outcome === "retrying",
    );
    // One answer for every connection failure, and no latency: the log tells nothing about the port.
    expect(attempts.every((a) => a.outcome === "retrying" && a.error === NO_RESPONSE && a.latency_ms === null)).toBe(true);
    expect(Date.parse(attempts[0]!.next_attempt_at!)).toBeGreaterThan(Date.now() - 5_000);
    expect((await http(api, "GET", `/v1/webhook-endpoints/${ep.id}`, { key })).json.status).toBe("enabled");
  });

  it("disables an endpoint that answers 410 Gone", async () => {
    const ep = await endpoint(`${receiver.url}/hook/gone?fail=100&with=410`);
    await trigger("score.upgraded");
    await until(
      async () => (await http(api, "GET", `/v1/webhook-endpoints/${ep.id}`, { key })).json,
      (e) => e.status === "disabled",
    );
    expect((await log(ep.id)).map((a) => a.outcome)).toEqual(["failed"]);
    expect(receiver.received("gone")).toHaveLength(1);
  });

  it("signs with both secrets after a rotation", async () => {
    const ep = await endpoint(`${receiver.url}/hook/rotated`);
    const rotated = (await http(api, "POST", `/v1/webhook-endpoints/${ep.id}/rotate-secret`, { key })).json;
    await trigger("sme.erased");
    const [got] = await until(
      () => receiver.received("rotated"),
      (r) => r.length === 1,
    );
    expect(String(got!.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const secret of [ep.secret, rotated.secret]) {
      expect(new Webhook(secret).verify(got!.body, got!.headers as Record<string, string>)).toBeTruthy();
    }
  });

  it("tells the bank when an SME's flows collapse, with nobody asking for a score", async () => {
    await endpoint(`${receiver.url}/hook/collapse`, ["score.downgraded"]);
    await http(api, "POST", "/v1/smes", { key, body: { sme_id: "E2E_COLLAPSE", sector: "commerce", country: "SN" } });
    const today = Math.floor(Date.now() / 86_400_000);
    const healthy = generateFlows(profileFor("commerce", 0.9), { seed: 7, asOfDay: today - 1, days: 180 });
    for (let i = 0; i < healthy.length; i += 1000) {
      await http(api, "POST", "/v1/connect/flows", { key, body: { sme_id: "E2E_COLLAPSE", flows: healthy.slice(i, i + 1000) } });
    }
    await until(
      async () => (await http(api, "GET", "/v1/scores/E2E_COLLAPSE", { key })).json.data,
      (d) => d.length === 1,
    );

    const daily = healthy.filter((f) => f.direction === "in").reduce((s, f) => s + f.amount, 0) / 180;
    const drain = Array.from({ length: 28 }, (_, i) => ({
      id: `drain-${i}`,
      occurred_at: new Date((today - 1 - i) * 86_400_000 + 12 * 3600_000).toISOString(),
      amount: Math.round(daily * 3),
      direction: "out",
    }));
    await http(api, "POST", "/v1/connect/flows", { key, body: { sme_id: "E2E_COLLAPSE", flows: drain } });
    const [got] = await until(
      () => receiver.received("collapse"),
      (r) => r.length === 1,
    );
    expect(JSON.parse(got!.body)).toMatchObject({ event: "score.downgraded", sme_id: "E2E_COLLAPSE" });
    const alerts = (await http(api, "GET", "/v1/portfolio/alerts?sme_id=E2E_COLLAPSE", { key })).json.data;
    expect(alerts.map((a: { type: string }) => a.type)).toContain("score.downgraded");
  });
});
