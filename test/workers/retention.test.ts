import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { purgeExpired, RETENTION_MS } from "../../worker/data/retention";
import worker from "../../worker/index";
import { call, newInstitution, sme } from "./api";
import { sandboxEvent, until } from "./webhook-kit";

const inst = await newInstitution();
const key = inst.live;
const runCron = () => worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/5 * * * *" }), env);
const count = async (sql: string, ...params: unknown[]) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${sql}`)
    .bind(...params)
    .first<{ n: number }>())!.n;
/** A time a minute past a retention's end. */
const age = (ms: number) => Date.now() - ms - 60_000;

const keyed = (idem: string, id: string) => call("POST", "/v1/smes", { key, body: sme(id), headers: { "idempotency-key": idem } });
const stored = (idem: string) => count("idempotency_keys WHERE institution_id = ? AND key = ?", inst.id, idem);

describe("the cron's purge of Idempotency-Key outcomes", () => {
  it("removes outcomes past 24 h and keeps younger ones replaying", async () => {
    expect((await keyed("purge-old", "PURGE_1")).status).toBe(201);
    expect((await keyed("purge-new", "PURGE_2")).status).toBe(201);
    await env.DB.prepare("UPDATE idempotency_keys SET created_at = ? WHERE institution_id = ? AND key = ?")
      .bind(age(RETENTION_MS.idempotencyKeys), inst.id, "purge-old")
      .run();

    await runCron();
    expect(await stored("purge-old")).toBe(0);
    expect(await stored("purge-new")).toBe(1);
    const replay = await keyed("purge-new", "PURGE_2");
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    // The purged key is free again: the request runs anew (and finds the SME it made a day ago).
    expect((await keyed("purge-old", "PURGE_1")).json.error.code).toBe("sme_already_exists");
  });
});

describe("the cron's retention of events, delivery attempts and closed alerts", () => {
  const testKey = inst.test;
  /**
   * A real event with its alert, through the sandbox, once the queue has it (the outbox is done
   * with it). The alert supersedes `smeId`'s open one of the same type.
   */
  async function eventWithAlert(smeId = "SME_TEST_TRANSPORT_C") {
    const event = await sandboxEvent(testKey, "sme.risk_zone_entered", smeId);
    await until(
      () => count("events WHERE id = ? AND enqueued_at IS NOT NULL", event.id),
      (n) => n === 1,
    );
    const alert = await env.DB.prepare("SELECT id FROM alerts WHERE event_id = ?").bind(event.id).first<{ id: string }>();
    return { eventId: event.id, alertId: alert!.id };
  }
  const attempt = (eventId: string, attemptedAt: number) =>
    env.DB.prepare(
      `INSERT INTO webhook_deliveries (institution_id, environment, event_id, endpoint_id, round, attempt, outcome, attempted_at)
       VALUES (?, 'test', ?, 'we_retention', 0, 1, 'succeeded', ?)`,
    )
      .bind(inst.id, eventId, attemptedAt)
      .run();
  const acknowledge = async (alertId: string) =>
    expect((await call("POST", `/v1/portfolio/alerts/${alertId}/acknowledge`, { key: testKey })).status).toBe(200);
  const backdate = (table: string, column: string, id: string, at: number) =>
    env.DB.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`).bind(at, id).run();

  it("deletes events past 30 days and their attempts, and acknowledged alerts 90 days after", async () => {
    const old = await eventWithAlert("SME_TEST_TRANSPORT_C");
    const young = await eventWithAlert("SME_TEST_TRANSPORT_B");
    await backdate("events", "occurred_at", old.eventId, age(RETENTION_MS.events));
    await attempt(old.eventId, age(RETENTION_MS.deliveries));
    await attempt(young.eventId, Date.now());
    await acknowledge(old.alertId);
    await acknowledge(young.alertId);
    await backdate("alerts", "acknowledged_at", old.alertId, age(RETENTION_MS.closedAlerts));

    await runCron();
    expect((await call("GET", `/v1/events/${old.eventId}`, { key: testKey })).status).toBe(404);
    expect((await call("GET", `/v1/events/${young.eventId}`, { key: testKey })).status).toBe(200);
    expect(await count("webhook_deliveries WHERE event_id = ?", old.eventId)).toBe(0);
    expect(await count("webhook_deliveries WHERE event_id = ?", young.eventId)).toBe(1);
    const alerts = (await call("GET", "/v1/portfolio/alerts?limit=100", { key: testKey })).json.data.map((a: { id: string }) => a.id);
    expect(alerts).not.toContain(old.alertId);
    expect(alerts).toContain(young.alertId);
  });

  it("deletes a superseded alert 90 days after a newer one of its SME and type closed it", async () => {
    const old = await eventWithAlert("SME_TEST_COMMERCE_C");
    const newer = await eventWithAlert("SME_TEST_COMMERCE_C");
    const recent = await eventWithAlert("SME_TEST_COMMERCE_C");
    expect(await count("alerts WHERE id IN (?, ?) AND status = 'superseded'", old.alertId, newer.alertId)).toBe(2);
    await backdate("alerts", "superseded_at", old.alertId, age(RETENTION_MS.closedAlerts));

    await runCron();
    expect(await count("alerts WHERE id = ?", old.alertId)).toBe(0);
    expect(await count("alerts WHERE id = ? AND status = 'superseded'", newer.alertId)).toBe(1);
    expect(await count("alerts WHERE id = ? AND status = 'open'", recent.alertId)).toBe(1);
  });

  it("keeps an open alert however old, and an event the outbox has not yet queued", async () => {
    const { eventId, alertId } = await eventWithAlert();
    await backdate("alerts", "created_at", alertId, age(RETENTION_MS.closedAlerts));
    await backdate("events", "occurred_at", eventId, age(RETENTION_MS.events));
    await env.DB.prepare("UPDATE events SET enqueued_at = NULL WHERE id = ?").bind(eventId).run();

    // The retention alone, as the cron runs it first (the cron's sweep would then queue the event).
    await purgeExpired(env, Date.now());
    expect(await count("events WHERE id = ?", eventId)).toBe(1);
    expect(await count("alerts WHERE id = ? AND status = 'open'", alertId)).toBe(1);
  });
});
