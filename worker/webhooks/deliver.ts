import { eq } from "drizzle-orm";
import { events, type WebhookEndpointRow, webhookEndpoints } from "../../schema";
import { DAY_MS } from "../../scoring/bucketize";
import { type Db, database } from "../data/db";
import { ownEvents, payloadOf } from "../data/events";
import { ownEndpoints, secretsInForce } from "../data/webhook-endpoints";
import { type AttemptOutcome, claimAttempt, recordAttempt } from "./deliveries";
import type { DeliveryMessage } from "./message";
import { parseRetryAfter, retryDelaySeconds } from "./retry";
import { webhookHeaders } from "./sign";
import { webhookUrlProblem } from "./url-safety";

const TIMEOUT_MS = 15_000;
/** An endpoint that has not once succeeded for this long is disabled. */
const FAILING_LIMIT_MS = 5 * DAY_MS;

interface Answer {
  statusCode: number | null;
  retryAfter: number | null;
  error: string | null;
  latencyMs: number | null;
}

/**
 * Every failure to get an HTTP answer (refused, reset, unreachable, TLS, timeout) is recorded
 * the same way, without the runtime's error text or a latency: otherwise the delivery log of a
 * test endpoint aimed at loopback would tell open ports from closed or filtered ones.
 */
export const NO_RESPONSE = "no HTTP response: could not connect, or no answer within 15 s";

/** One POST: no redirect followed (a 3xx is a failure), 15 s at most, the answer's body ignored. */
async function post(url: string, headers: Record<string, string>, body: string, now: number): Promise<Answer> {
  const started = Date.now();
  try {
    const res = await fetch(url, { method: "POST", headers, body, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.body?.cancel();
    const error = res.ok ? null : `HTTP ${res.status}`;
    return {
      statusCode: res.status,
      retryAfter: parseRetryAfter(res.headers.get("retry-after"), now),
      error,
      latencyMs: Date.now() - started,
    };
  } catch {
    return { statusCode: null, retryAfter: null, error: NO_RESPONSE, latencyMs: null };
  }
}

/** What the endpoint row becomes after an answer: healthy again, still failing, or disabled. */
function endpointAfter(endpoint: WebhookEndpointRow, a: Answer, now: number) {
  if (a.statusCode !== null && a.statusCode >= 200 && a.statusCode < 300) return { failingSince: null };
  if (a.statusCode === 410) return { status: "disabled" as const, disabledReason: "gone" as const };
  const since = endpoint.failingSince ?? now;
  if (now - since >= FAILING_LIMIT_MS) return { status: "disabled" as const, disabledReason: "failing" as const };
  return { failingSince: since };
}

async function deliver(msg: Message<DeliveryMessage>, env: Env, db: Db) {
  const m = msg.body;
  const t = { institutionId: m.institution_id, environment: m.environment };
  const [[event], [endpoint]] = await db.batch([
    db
      .select()
      .from(events)
      .where(ownEvents(t, eq(events.id, m.event_id))),
    db
      .select()
      .from(webhookEndpoints)
      .where(ownEndpoints(t, eq(webhookEndpoints.id, m.endpoint_id))),
  ]);
  // An erased SME's events, a deleted or disabled endpoint: nothing left to deliver.
  if (!event || !endpoint || endpoint.status !== "enabled") return msg.ack();
  const now = Date.now();
  const seq = await claimAttempt(db, m, msg.attempts, now);
  if (seq === null) return msg.ack();

  const problem = webhookUrlProblem(endpoint.url, t.environment);
  const body = JSON.stringify(payloadOf(event));
  const signed = await webhookHeaders(secretsInForce(endpoint, now), event.id, Math.floor(now / 1000), body);
  const headers = { "content-type": "application/json", "user-agent": "SCORE360-Webhooks/1", ...signed };
  const answer = problem
    ? { statusCode: null, retryAfter: null, error: problem, latencyMs: 0 }
    : await post(endpoint.url, headers, body, now);

  const next = endpointAfter(endpoint, answer, now);
  const disabled = "status" in next;
  // An unsafe URL will not become safe by waiting: that attempt is the last.
  const delay =
    answer.error === null || disabled || problem
      ? null
      : retryDelaySeconds({
          attempt: msg.attempts,
          retryAfter: answer.retryAfter,
          random: Math.random(),
          scale: Number(env.WEBHOOK_RETRY_SCALE),
        });
  const outcome: AttemptOutcome = {
    outcome: answer.error === null ? "succeeded" : delay === null ? "failed" : "retrying",
    statusCode: answer.statusCode,
    latencyMs: answer.latencyMs,
    error: answer.error,
    nextAttemptAt: delay === null ? null : now + delay * 1000,
  };
  await db.batch([recordAttempt(db, seq, outcome), db.update(webhookEndpoints).set(next).where(eq(webhookEndpoints.seq, endpoint.seq))]);
  if (outcome.outcome === "retrying") return msg.retry({ delaySeconds: delay! });
  // The last attempt failed: retrying past max_retries hands the message to the dead-letter queue.
  if (outcome.outcome === "failed" && !disabled) return msg.retry();
  msg.ack();
}

/**
 * The webhook queue's consumer: each message is one event for one endpoint, handled on its own.
 * Every message runs to its end; if one failed unexpectedly (D1 down), throwing afterwards makes
 * the queue retry the messages not yet acknowledged or retried.
 */
export async function consumeDeliveries(batch: MessageBatch<DeliveryMessage>, env: Env) {
  const db = database(env.DB);
  const results = await Promise.allSettled(batch.messages.map((msg) => deliver(msg, env, db)));
  const failure = results.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
}
