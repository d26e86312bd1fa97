import type { Flow } from "../scoring/types";

export const CHANNELS = ["pi_spi", "mobile_money", "card", "bank_transfer", "cash"] as const;
const FIELDS = new Set(["id", "occurred_at", "amount", "direction", "counterparty", "channel"]);
const FUTURE_SKEW_MS = 5 * 60_000;
const MAX_AGE_MS = 400 * 86_400_000;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

export type FlowRejectCode =
  | "invalid_flow"
  | "invalid_id"
  | "invalid_occurred_at"
  | "occurred_at_in_future"
  | "occurred_at_too_old"
  | "invalid_amount"
  | "invalid_direction"
  | "invalid_counterparty"
  | "invalid_channel";

export interface AcceptedFlow extends Required<Omit<Flow, "counterparty">> {
  counterparty: string | null;
  at: number;
}

export type FlowCheck = { ok: true; flow: AcceptedFlow } | { ok: false; code: FlowRejectCode; message: string };

const reject = (code: FlowRejectCode, message: string): FlowCheck => ({ ok: false, code, message });

/** One PI-SPI flow item against the contract's per-item rules; `now` in ms. */
export function checkFlow(item: unknown, now: number): FlowCheck {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return reject("invalid_flow", "A flow must be an object.");
  const f = item as Record<string, unknown>;
  const unknown = Object.keys(f).find((k) => !FIELDS.has(k));
  if (unknown !== undefined) return reject("invalid_flow", `Unknown field ${unknown.slice(0, 64)}.`);
  if (typeof f.id !== "string" || f.id.length < 1 || f.id.length > 128) {
    return reject("invalid_id", "id must be a string of 1–128 characters (the EndToEndId).");
  }
  if (typeof f.occurred_at !== "string" || !RFC3339.test(f.occurred_at) || Number.isNaN(Date.parse(f.occurred_at))) {
    return reject("invalid_occurred_at", "occurred_at must be an RFC 3339 timestamp.");
  }
  const at = Date.parse(f.occurred_at);
  if (at > now + FUTURE_SKEW_MS) return reject("occurred_at_in_future", "occurred_at is in the future.");
  if (at < now - MAX_AGE_MS) return reject("occurred_at_too_old", "occurred_at is older than 400 days.");
  if (typeof f.amount !== "number" || !Number.isSafeInteger(f.amount) || f.amount <= 0) {
    return reject("invalid_amount", "amount must be a positive integer number of XOF.");
  }
  if (f.direction !== "in" && f.direction !== "out") return reject("invalid_direction", "direction must be in or out.");
  if (f.counterparty !== undefined && (typeof f.counterparty !== "string" || f.counterparty.length > 128)) {
    return reject("invalid_counterparty", "counterparty must be a string of at most 128 characters.");
  }
  const channel = f.channel ?? "pi_spi";
  if (!CHANNELS.includes(channel as (typeof CHANNELS)[number])) {
    return reject("invalid_channel", `channel must be one of ${CHANNELS.join(", ")}.`);
  }
  return {
    ok: true,
    flow: {
      id: f.id,
      occurred_at: f.occurred_at,
      at,
      amount: f.amount,
      direction: f.direction,
      counterparty: (f.counterparty as string | undefined) ?? null,
      channel: channel as AcceptedFlow["channel"],
    },
  };
}
