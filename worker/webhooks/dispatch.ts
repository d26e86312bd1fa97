import { inArray } from "drizzle-orm";
import { events } from "../../schema";
import { chunks, IDS_PER_READ } from "../data/d1-batches";
import { database } from "../data/db";
import { enabledEndpoints, subscribes } from "../data/webhook-endpoints";
import { errorSummary } from "../lib/error-summary";
import type { DeliveryMessage } from "./message";
import type { NewEvent } from "./outbox";

/** `sendBatch` takes at most 100 messages; an `IN (…)` of event ids is bound by D1's parameters. */
const CHUNK = Math.min(100, IDS_PER_READ);

/**
 * Puts one message per (event, subscribed endpoint) on the queue, then marks the events
 * enqueued. Crashing between the two only means the sweep sends them again: the consumer
 * claims each attempt once, so the receiver still gets each event once per endpoint.
 */
export async function dispatch(env: Env, sent: NewEvent[], now: number, round = 0): Promise<number> {
  if (sent.length === 0) return 0;
  const db = database(env.DB);
  const byTenant = new Map<string, NewEvent[]>();
  for (const e of sent) {
    const key = `${e.institutionId}:${e.environment}`;
    byTenant.set(key, [...(byTenant.get(key) ?? []), e]);
  }
  const messages: DeliveryMessage[] = [];
  for (const group of byTenant.values()) {
    const endpoints = await enabledEndpoints(db, group[0]!);
    for (const event of group) {
      for (const endpoint of endpoints.filter((ep) => subscribes(ep, event.type))) {
        messages.push({
          institution_id: event.institutionId,
          environment: event.environment,
          event_id: event.id,
          endpoint_id: endpoint.id,
          round,
        });
      }
    }
  }
  for (const chunk of chunks(messages, CHUNK)) await env.WEBHOOK_QUEUE.sendBatch(chunk.map((body) => ({ body, contentType: "json" })));
  for (const ids of chunks(
    sent.map((e) => e.id),
    CHUNK,
  ))
    await db.update(events).set({ enqueuedAt: now }).where(inArray(events.id, ids));
  return messages.length;
}

/**
 * For events whose D1 batch has committed: the change they describe is done, so failing to
 * reach the queue must not fail the request. The sweep sends them within minutes.
 */
export async function dispatchOrDefer(env: Env, sent: NewEvent[], now: number) {
  try {
    await dispatch(env, sent, now);
  } catch (err) {
    console.error(
      JSON.stringify({ message: "event dispatch left to the outbox sweep", events: sent.map((e) => e.id), error: errorSummary(err) }),
    );
  }
}
