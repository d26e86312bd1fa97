import { env } from "cloudflare:workers";
import { inject } from "vitest";
import { call } from "./api";

/** The real receiver started by receiver.global.ts; see test/e2e/receiver.ts for its script. */
export const receiverUrl = inject("receiverUrl");

export interface Received {
  headers: Record<string, string>;
  body: string;
}

export const received = async (name: string): Promise<Received[]> => (await fetch(`${receiverUrl}/log/${name}`)).json();

/** Polls until `ok` holds (deliveries go through the real local queue), failing after `ms`. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function newEndpoint(key: string, url: string, events: string[] = ["*"]) {
  const res = await call("POST", "/v1/webhook-endpoints", { key, body: { url, events } });
  if (res.status !== 201) throw new Error(`endpoint: ${res.status} ${res.text}`);
  return res.json as { id: string; secret: string };
}

export async function sandboxEvent(key: string, event: string, sme_id?: string) {
  const res = await call("POST", "/v1/sandbox/events", { key, body: { event, ...(sme_id ? { sme_id } : {}) } });
  if (res.status !== 201) throw new Error(`sandbox event: ${res.status} ${res.text}`);
  return res.json as { id: string; event: string; sme_id: string };
}

export const deliveries = async (key: string, endpointId: string) =>
  (await call("GET", `/v1/webhook-endpoints/${endpointId}/deliveries?limit=100`, { key })).json.data as {
    event_id: string;
    attempt: number;
    outcome: string;
    status_code: number | null;
    latency_ms: number | null;
    error: string | null;
    redelivery: boolean;
    next_attempt_at: string | null;
    attempted_at: string;
  }[];

export const setFailingSince = (endpointId: string, at: number) =>
  env.DB.prepare("UPDATE webhook_endpoints SET failing_since = ? WHERE id = ?").bind(at, endpointId).run();
