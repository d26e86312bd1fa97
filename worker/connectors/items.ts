import type { ConnectorRejectCode, FlowRejectCode } from "../contracts/flows";

/**
 * What a connector makes of a document: one item per payment it names, in document order,
 * each either a flow for the ledger or a rejection the document itself explains. `path`
 * locates the item in what the bank sent (an XPath into the XML, `data[i]` in a notification).
 */
/** A flow as the ledger's `Flow` contract has it, before its counterparty is hashed. */
export interface MappedFlow {
  id: string;
  occurred_at: string;
  amount: number;
  direction: "in" | "out";
  channel: "pi_spi" | "bank_transfer";
  /** The other party's account or alias, as the document names it; hashed before storage. */
  counterpartyRef?: string;
}

export type ConnectorItem =
  | { path: string; flow: MappedFlow }
  | { path: string; reject: { code: ConnectorRejectCode | FlowRejectCode; message: string } };

/** A whole XOF amount: ISO 4217 gives XOF no minor unit, so `150000` or `150000.00` only. */
export function parseXof(text: string | number): number | null {
  if (typeof text === "number") return Number.isSafeInteger(text) && text > 0 ? text : null;
  const m = /^\s*0*(\d{1,16})(?:\.0*)?\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/**
 * ISO 20022 dates and date-times as RFC 3339 UTC-able strings: a date is its day at 00:00 UTC;
 * a date-time without an offset is read as UTC, the local time of six of the eight UEMOA
 * countries (BJ and NE are UTC+1: send an offset there if the hour matters).
 */
export function isoInstant(text: string): string {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return `${t}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(t)) return `${t}Z`;
  return t;
}
