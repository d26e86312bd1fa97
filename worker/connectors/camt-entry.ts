import { type ConnectorItem, isoInstant, type MappedFlow, parseXof } from "./items";

/** What the reader keeps of one `Ntry` and its `TxDtls`: only the fields the mapping reads. */
export interface CamtAmount {
  value: string;
  ccy: string;
}

export interface CamtTx {
  path: string;
  endToEndId?: string;
  servicerRef?: string;
  /** `TxDtls/Amt` (v3+), else `TxDtls/AmtDtls/TxAmt/Amt` (v2). */
  amount?: CamtAmount;
  creditDebit?: string;
  /** The debtor's and creditor's accounts, `iban:`/`acct:`/`alias:`-prefixed. */
  debtorAccount?: string;
  creditorAccount?: string;
  /** The transaction carries `RtrInf`: a return of an earlier payment. */
  isReturn?: boolean;
}

export interface CamtEntry {
  path: string;
  amount?: CamtAmount;
  creditDebit?: string;
  status?: string;
  bookedAt?: string;
  valueAt?: string;
  servicerRef?: string;
  txs: CamtTx[];
}

const STATUS_CODES = new Set(["BOOK", "PDNG", "INFO", "FUTR"]);
const usable = (ref: string | undefined) => (ref && ref !== "NOTPROVIDED" ? ref : undefined);

/**
 * One entry as flows: one per transaction when the entry batches several (`TxDtls`), else the
 * entry itself. Only booked entries count; the direction is read at the transaction level,
 * where a batched entry's own indicator can differ.
 */
export function mapEntry(entry: CamtEntry): ConnectorItem[] {
  if (entry.status !== "BOOK") {
    const status = entry.status && STATUS_CODES.has(entry.status) ? entry.status : "not BOOK";
    return [
      {
        path: entry.path,
        reject: { code: "entry_not_booked", message: `The entry's status is ${status}: only booked entries (BOOK) are flows.` },
      },
    ];
  }
  if (entry.txs.length === 0) return [mapTx(entry, { path: entry.path }, true)];
  return entry.txs.map((tx) => mapTx(entry, tx, entry.txs.length === 1));
}

function mapTx(entry: CamtEntry, tx: CamtTx, only: boolean): ConnectorItem {
  const path = tx.path;
  const amt = tx.amount ?? (only ? entry.amount : undefined);
  if (!amt) return { path, reject: { code: "invalid_amount", message: "The transaction has no amount (Amt)." } };
  if (amt.ccy !== "XOF") {
    const ccy = /^[A-Z]{3}$/.test(amt.ccy) ? amt.ccy : "another currency";
    return { path, reject: { code: "unsupported_currency", message: `The amount is in ${ccy}: only XOF amounts are flows.` } };
  }
  const amount = parseXof(amt.value);
  if (amount === null) return { path, reject: { code: "invalid_amount", message: "Amt is not a whole, positive XOF amount." } };
  const indicator = tx.creditDebit ?? entry.creditDebit;
  if (indicator !== "CRDT" && indicator !== "DBIT") {
    return { path, reject: { code: "invalid_direction", message: "CdtDbtInd must be CRDT or DBIT." } };
  }
  const ref = usable(tx.endToEndId) ?? usable(tx.servicerRef) ?? (only ? usable(entry.servicerRef) : undefined);
  if (!ref) {
    return {
      path,
      reject: {
        code: "missing_reference",
        message: "No EndToEndId nor account servicer reference (AcctSvcrRef) identifies the transaction.",
      },
    };
  }
  const when = entry.bookedAt ?? entry.valueAt;
  if (!when) return { path, reject: { code: "missing_date", message: "The entry has no booking date (BookgDt) nor value date (ValDt)." } };
  const direction = indicator === "CRDT" ? "in" : "out";
  const counterpartyRef = direction === "in" ? tx.debtorAccount : tx.creditorAccount;
  const flow: MappedFlow = {
    // A return usually repeats the payment's EndToEndId: it is a flow of its own.
    id: tx.isReturn ? `RETOUR:${ref}` : ref,
    occurred_at: isoInstant(when),
    amount,
    direction,
    channel: "bank_transfer",
  };
  if (counterpartyRef) flow.counterpartyRef = counterpartyRef;
  return { path, flow };
}
