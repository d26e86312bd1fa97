import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../worker";
import type { DeliveryMessage } from "../../worker/webhooks/message";
import { call, newInstitution } from "./api";
import { deliveries, newEndpoint, received, receiverUrl, sandboxEvent, until } from "./webhook-kit";

const inst = await newInstitution();
const key = inst.test;

/** An event made while no endpoint existed (so nothing queued it), and an endpoint made after. */
async function pendingPair(name: string, query = "") {
  const event = await sandboxEvent(key, "score.downgraded");
  const endpoint = await newEndpoint(key, `${receiverUrl}/hook/${name}${query}`, ["score.downgraded"]);
  const body: DeliveryMessage = { institution_id: inst.id, environment: "test", event_id: event.id, endpoint_id: endpoint.id, round: 0 };
  return { event, endpoint, body };
}

async function consume(messages: { id: string; attempts: number; body: DeliveryMessage }[]) {
  const batch = createMessageBatch<DeliveryMessage>(
    "score360-webhooks",
    messages.map((m) => ({ ...m, timestamp: new Date() })),
  );
  await worker.queue(batch, env);
  return getQueueResult(batch, createExecutionContext());
}

describe("the queue consumer", () => {
  it("attempts and records a message delivered twice only once", async () => {
    const { endpoint, body } = await pendingPair("twice");
    const first = await consume([
      { id: "m1", attempts: 1, body },
      { id: "m1-copy", attempts: 1, body },
    ]);
    expect(first.explicitAcks.sort()).toEqual(["m1", "m1-copy"]);
    const again = await consume([{ id: "m1", attempts: 1, body }]);
    expect(again.explicitAcks).toEqual(["m1"]);
    expect(await received("twice")).toHaveLength(1);
    expect(await deliveries(key, endpoint.id)).toHaveLength(1);
  });

  it("a batch retried after another message threw does not deliver an acknowledged message again", async () => {
    const { endpoint, body } = await pendingPair("batch-retry");
    // D1 refuses a query bound to undefined: this message throws mid-batch.
    const broken = { ...body, institution_id: undefined as unknown as string };
    const batch = createMessageBatch<DeliveryMessage>("score360-webhooks", [
      { id: "healthy", attempts: 1, body, timestamp: new Date() },
      { id: "broken", attempts: 1, body: broken, timestamp: new Date() },
    ]);
    await expect(worker.queue(batch, env)).rejects.toThrow();
    const result = await getQueueResult(batch, createExecutionContext());
    // What production does: the explicit ack outlives the batch's failure, only the other is retried.
    expect(result.explicitAcks).toEqual(["healthy"]);
    expect(await received("batch-retry")).toHaveLength(1);
    // What `wrangler dev` was seen doing: redelivering it anyway, with the next attempt number.
    // The claim sees the event already delivered to this endpoint and stops there.
    expect((await consume([{ id: "healthy", attempts: 2, body }])).explicitAcks).toEqual(["healthy"]);
    expect(await received("batch-retry")).toHaveLength(1);
    expect(await deliveries(key, endpoint.id)).toHaveLength(1);
  });

  it("asks the queue to retry after the schedule's delay, scaled for tests", async () => {
    const { endpoint, body } = await pendingPair("late", "?fail=1000&with=500");
    const result = await consume([{ id: "m7", attempts: 7, body }]);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(["m7"]);
    const [attempt] = await deliveries(key, endpoint.id);
    expect(attempt).toMatchObject({ attempt: 7, outcome: "retrying", status_code: 500 });
    // The 7th delay is 10 h ± 10 %; times the test scale 0.0001, 3.24–3.96 s (timestamps are whole seconds).
    const wait = (Date.parse(attempt!.next_attempt_at!) - Date.parse(attempt!.attempted_at)) / 1000;
    expect(wait).toBeGreaterThanOrEqual(2);
    expect(wait).toBeLessThanOrEqual(5);
  });

  it("marks the last attempt failed and hands the message to the dead-letter queue", async () => {
    const { endpoint, body } = await pendingPair("last", "?fail=1000&with=500");
    const result = await consume([{ id: "m8", attempts: 8, body }]);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(["m8"]);
    expect(result.explicitAcks).toEqual([]);
    expect((await deliveries(key, endpoint.id))[0]).toMatchObject({ attempt: 8, outcome: "failed", status_code: 500 });
    // A failure streak this short does not disable the endpoint.
    expect((await call("GET", `/v1/webhook-endpoints/${endpoint.id}`, { key })).json.status).toBe("enabled");
  });

  it("drops messages whose event or endpoint no longer exists", async () => {
    const { endpoint, body } = await pendingPair("gone-away");
    await call("DELETE", `/v1/webhook-endpoints/${endpoint.id}`, { key });
    const result = await consume([
      { id: "no-endpoint", attempts: 1, body },
      { id: "no-event", attempts: 1, body: { ...body, event_id: "evt_missing" } },
      { id: "other-tenant", attempts: 1, body: { ...body, institution_id: "ins_someone_else" } },
    ]);
    expect(result.explicitAcks.sort()).toEqual(["no-endpoint", "no-event", "other-tenant"]);
    expect(await received("gone-away")).toEqual([]);
  });
});

describe("the outbox sweep", () => {
  it("sends events that never reached the queue, and only those", async () => {
    const { event } = await pendingPair("swept");
    // As if the Worker had died between the D1 batch and the queue, two minutes ago.
    await env.DB.prepare("UPDATE events SET enqueued_at = NULL, occurred_at = ? WHERE id = ?")
      .bind(Date.now() - 120_000, event.id)
      .run();
    const fresh = await sandboxEvent(key, "sme.erased");
    await env.DB.prepare("UPDATE events SET enqueued_at = NULL WHERE id = ?").bind(fresh.id).run();

    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/5 * * * *" }), env);
    const [got] = await until(
      () => received("swept"),
      (r) => r.length >= 1,
    );
    expect(got!.headers["webhook-id"]).toBe(event.id);
    const rows = await env.DB.prepare("SELECT id, enqueued_at FROM events WHERE id IN (?, ?)")
      .bind(event.id, fresh.id)
      .all<{ id: string; enqueued_at: number | null }>();
    const enqueued = Object.fromEntries(rows.results.map((r) => [r.id, r.enqueued_at]));
    expect(enqueued[event.id]).not.toBeNull();
    // Younger than the grace period: the inline path may still be sending it.
    expect(enqueued[fresh.id]).toBeNull();
  });
});
