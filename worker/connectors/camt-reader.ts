import { type CamtEntry, type CamtTx, mapEntry } from "./camt-entry";
import { normalizeIban } from "./iban";
import type { ConnectorItem } from "./items";
import { DocumentError } from "./xml-errors";
import { type Attributes, attribute, XmlScanner } from "./xml-scanner";

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.(053|054)\.001\.0([2-8])$/;
const REPORT = { "053": ["BkToCstmrStmt", "Stmt"], "054": ["BkToCstmrDbtCdtNtfctn", "Ntfctn"] } as const;

export interface CamtLimits {
  maxDepth: number;
  maxItems: number;
}

/** The account a statement or notification is about (`Stmt/Acct/Id`). */
export interface ReportAccount {
  scheme: "iban" | "account";
  id: string;
  path: string;
}

export interface CamtDocument {
  message: "camt.053" | "camt.054";
  version: string;
  accounts: ReportAccount[];
  items: ConnectorItem[];
}

/** The only elements whose end the reader acts on: every other one is just closed. */
const READ = new Set([
  "Ntry",
  "TxDtls",
  "EndToEndId",
  "AcctSvcrRef",
  "Amt",
  "CdtDbtInd",
  "RtrInf",
  "IBAN",
  "Id",
  "Sts",
  "Cd",
  "Dt",
  "DtTm",
]);
/** Of those, the ones whose text the reader uses. */
const TEXT = new Set(["EndToEndId", "AcctSvcrRef", "Amt", "CdtDbtInd", "IBAN", "Id", "Sts", "Cd", "Dt", "DtTm"]);

/**
 * Reads a camt.053 or camt.054 document as it streams in (`write` each decoded chunk, then
 * `close`): no tree is built, each entry is mapped to flows when it closes and then dropped, so
 * memory holds the mapped flows, not the document. The XML itself is tokenized by
 * `xml-scanner.ts`, which refuses any DOCTYPE and bounds depth; the entry count is bounded here.
 */
export class CamtReader {
  readonly #scanner: XmlScanner;
  /** The open elements' local names, outermost first (the scanner's). */
  readonly #stack: string[];
  #ccy = "";
  #kind: "053" | "054" | null = null;
  #version = "";
  #reportPath = "";
  #reports = 0;
  #entries = 0;
  #details = 0;
  #txCount = 0;
  #entry: CamtEntry | null = null;
  #tx: CamtTx | null = null;
  readonly #accounts: ReportAccount[] = [];
  readonly #items: ConnectorItem[] = [];

  constructor(readonly limits: CamtLimits) {
    this.#scanner = new XmlScanner(
      { open: (qname, local, attributes) => this.#open(qname, local, attributes), close: (name, text) => this.#close(name, text) },
      limits.maxDepth,
    );
    this.#stack = this.#scanner.names;
  }

  write(chunk: string) {
    this.#scanner.write(chunk);
  }

  close(): CamtDocument {
    this.#scanner.close();
    if (!this.#kind) throw new DocumentError("unsupported_document", "The document is empty.");
    return { message: `camt.${this.#kind}`, version: this.#version, accounts: this.#accounts, items: this.#items };
  }

  /** Called with the element already on the stack; answers whether its text is wanted. */
  #open(qname: string, name: string, attributes: Attributes | null): boolean {
    const stack = this.#stack;
    const n = stack.length;
    if (n === 1) {
      this.#root(qname, name, attributes);
      return false;
    }
    const parent = stack[n - 2];
    if (n === 2 && (!this.#kind || name !== REPORT[this.#kind][0])) {
      throw new DocumentError("unsupported_document", `A camt.${this.#kind} document must hold ${REPORT[this.#kind!][0]}.`);
    }
    if (n === 3 && name === REPORT[this.#kind!][1]) {
      this.#reportPath = `/Document/${stack[1]}/${name}[${++this.#reports}]`;
      this.#entries = 0;
    } else if (name === "Ntry" && n === 4 && parent === REPORT[this.#kind!][1]) {
      this.#entry = { path: `${this.#reportPath}/Ntry[${++this.#entries}]`, txs: [] };
      this.#details = 0;
    } else if (name === "NtryDtls" && parent === "Ntry" && this.#entry) {
      this.#details++;
      this.#txCount = 0;
    } else if (name === "TxDtls" && parent === "NtryDtls" && this.#entry) {
      this.#tx = { path: `${this.#entry.path}/NtryDtls[${this.#details}]/TxDtls[${++this.#txCount}]` };
    } else if (name === "Amt") {
      this.#ccy = attribute(attributes, "Ccy") ?? "";
    }
    return TEXT.has(name);
  }

  #root(qname: string, name: string, attributes: Attributes | null) {
    const colon = qname.indexOf(":");
    const ns = attribute(attributes, colon < 0 ? "xmlns" : `xmlns:${qname.slice(0, colon)}`) ?? "";
    const m = NAMESPACE.exec(ns);
    if (name !== "Document" || !m) {
      throw new DocumentError("unsupported_document", "Not an ISO 20022 camt.053 or camt.054 document of version 001.02 to 001.08.");
    }
    this.#kind = m[1] as "053" | "054";
    this.#version = `001.0${m[2]}`;
  }

  /** Called with the element still on the stack, and its text if `#open` wanted it. */
  #close(name: string, raw: string) {
    if (!READ.has(name)) return;
    const s = this.#stack;
    const n = s.length;
    // The element's parent, grandparent and great-grandparent.
    const up1 = s[n - 2];
    const up2 = s[n - 3];
    const text = raw.trim();
    const tx = this.#tx;
    const entry = this.#entry;
    if (tx) {
      if (name === "TxDtls" && n === 6) {
        entry!.txs.push(tx);
        this.#tx = null;
      } else if (up1 === "Refs" && n === 8) {
        if (name === "EndToEndId") tx.endToEndId = text;
        else if (name === "AcctSvcrRef") tx.servicerRef = text;
      } else if (name === "Amt" && (up1 === "TxDtls" || (up1 === "TxAmt" && up2 === "AmtDtls" && !tx.amount))) {
        tx.amount = { value: text, ccy: this.#ccy };
      } else if (name === "CdtDbtInd" && up1 === "TxDtls") {
        tx.creditDebit = text;
      } else if (name === "RtrInf" && up1 === "TxDtls") {
        tx.isReturn = true;
      } else if (name === "IBAN" || name === "Id") {
        this.#counterpartyAccount(tx, name, text);
      }
    } else if (entry) {
      if (name === "Ntry" && n === 4) return this.#endEntry(entry);
      if (up1 === "Ntry") {
        if (name === "Amt") entry.amount = { value: text, ccy: this.#ccy };
        else if (name === "CdtDbtInd") entry.creditDebit = text;
        else if (name === "Sts" && text) entry.status = text;
        else if (name === "AcctSvcrRef") entry.servicerRef = text;
      } else if (up1 === "Sts" && name === "Cd" && up2 === "Ntry") {
        entry.status = text;
      } else if ((name === "Dt" || name === "DtTm") && up2 === "Ntry") {
        if (up1 === "BookgDt") entry.bookedAt = text;
        else if (up1 === "ValDt") entry.valueAt = text;
      }
    } else if (n === 6 && up2 === "Acct" && up1 === "Id" && name === "IBAN") {
      this.#accounts.push({ scheme: "iban", id: normalizeIban(text), path: `${this.#reportPath}/Acct` });
    } else if (n === 7 && s[n - 4] === "Acct" && up1 === "Othr" && name === "Id") {
      this.#accounts.push({ scheme: "account", id: text, path: `${this.#reportPath}/Acct` });
    }
  }

  /** `RltdPties/DbtrAcct|CdtrAcct` then `Id/IBAN`, `Id/Othr/Id`, or (v8) `Prxy/Id`. */
  #counterpartyAccount(tx: CamtTx, name: string, text: string) {
    const s = this.#stack;
    const n = s.length;
    let at: number;
    let ref: string;
    if (name === "IBAN" && s[n - 2] === "Id") [at, ref] = [n - 3, `iban:${normalizeIban(text)}`];
    else if (name === "Id" && s[n - 2] === "Prxy") [at, ref] = [n - 3, `alias:${text}`];
    else if (name === "Id" && s[n - 2] === "Othr" && s[n - 3] === "Id") [at, ref] = [n - 4, `acct:${text}`];
    else return;
    if (s[at - 1] !== "RltdPties" || !text) return;
    if (s[at] === "DbtrAcct") tx.debtorAccount ??= ref;
    else if (s[at] === "CdtrAcct") tx.creditorAccount ??= ref;
  }

  #endEntry(entry: CamtEntry) {
    const items = mapEntry(entry);
    if (this.#items.length + items.length > this.limits.maxItems) {
      throw new DocumentError(
        "too_many_entries",
        `The document holds more than ${this.limits.maxItems} entries and transactions; split it.`,
      );
    }
    for (const item of items) this.#items.push(item);
    this.#entry = null;
  }
}
