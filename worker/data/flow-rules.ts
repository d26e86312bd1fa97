import { DAY_MS } from "../../scoring/bucketize";
import { type CHANNELS, FlowItem, type FlowRejectCode, FUTURE_SKEW_MINUTES, MAX_FLOW_AGE_DAYS } from "../contracts/flows";

const FUTURE_SKEW_MS = FUTURE_SKEW_MINUTES * 60_000;
const MAX_AGE_MS = MAX_FLOW_AGE_DAYS * DAY_MS;

/**
 * An accepted flow as the SME's ledger stores it: the columns of its `flows` table, in order, and
 * so the JSON its one INSERT per batch reads. Compact, since a batch of them crosses the RPC.
 */
export type FlowRow = [
  id: string,
  at: number,
  amount: number,
  direction: "in" | "out",
  counterparty: string | null,
  channel: (typeof CHANNELS)[number],
];

export type FlowCheck = { ok: true; row: FlowRow } | { ok: false; code: FlowRejectCode; message: string };

const FIELD_CODES: Record<string, FlowRejectCode> = {
  id: "invalid_id",
  occurred_at: "invalid_occurred_at",
  amount: "invalid_amount",
  direction: "invalid_direction",
  counterparty: "invalid_counterparty",
  channel: "invalid_channel",
};

/** One flow item against the contract's rules (the `Flow` schema, then its age); `now` in ms. */
export function checkFlow(item: unknown, now: number): FlowCheck {
  const parsed = FlowItem.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.code === "unrecognized_keys" ? undefined : String(issue.path[0] ?? "");
    const code = (field && FIELD_CODES[field]) || "invalid_flow";
    const where = issue.code === "unrecognized_keys" ? `unknown field ${issue.keys[0]?.slice(0, 64)}` : field || "flow";
    return { ok: false, code, message: `${where}: ${issue.message}` };
  }
  const f = parsed.data;
  const at = Date.parse(f.occurred_at);
  if (at > now + FUTURE_SKEW_MS) return { ok: false, code: "occurred_at_in_future", message: "occurred_at is in the future." };
  if (at < now - MAX_AGE_MS)
    return { ok: false, code: "occurred_at_too_old", message: `occurred_at is older than ${MAX_FLOW_AGE_DAYS} days.` };
  return { ok: true, row: [f.id, at, f.amount, f.direction, f.counterparty ?? null, f.channel] };
}
