import { SaxesParser, type SaxesTagPlain } from "saxes";
import { type CamtEntry, type CamtTx, mapEntry } from "./camt-entry";
import { normalizeIban } from "./iban";
import type { ConnectorItem } from "./items";
import { DocumentError } from "./xml-errors";

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

/** The only elements whose end the reader acts on: every other one is just popped. */
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

const local = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Reads a camt.053 or camt.054 document as it streams in (`write` each decoded chunk, then
 * `close`): no tree is built, each entry is mapped to flows when it closes and then dropped, so
 * memory holds the mapped flows, not the document. Any DOCTYPE is refused (no entity is ever
 * declared, so none can expand), and depth and entry count are bounded.
 */
export class CamtReader {
  readonly #parser = new SaxesParser({ xmlns: false, position: false });
  readonly #stack: string[] = [];
  #text = "";
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
    const p = this.#parser;
    p.on("doctype", () => {
      throw new DocumentError("xml_doctype_forbidden", "The document declares a DOCTYPE: DTDs and entities are refused.");
    });
    p.on("error", () => {
      throw new DocumentError("invalid_xml", "The document is not well-formed XML.");
    });
    p.on("opentag", (tag) => this.#open(tag));
    p.on("closetag", (tag) => this.#close(local(tag.name)));
    p.on("text", (t) => {
      this.#text += t;
    });
    p.on("cdata", (t) => {
      this.#text += t;
    });
  }

  write(chunk: string) {
    // Refused before the parser even reaches it; the doctype handler catches one split across chunks.
    if (this.#kind === null && chunk.includes("<!DOCTYPE")) {
      throw new DocumentError("xml_doctype_forbidden", "The document declares a DOCTYPE: DTDs and entities are refused.");
    }
    this.#parser.write(chunk);
  }

  close(): CamtDocument {
    this.#parser.close();
    if (!this.#kind) throw new DocumentError("unsupported_document", "The document is empty.");
    return { message: `camt.${this.#kind}`, version: this.#version, accounts: this.#accounts, items: this.#items };
  }

  #open(tag: SaxesTagPlain) {
    const stack = this.#stack;
    const name = local(tag.name);
    if (stack.length >= this.limits.maxDepth) {
      throw new DocumentError("xml_too_deep", `The document nests elements deeper than ${this.limits.maxDepth} levels.`);
    }
    const parent = stack[stack.length - 1];
    stack.push(name);
    this.#text = "";
    if (stack.length === 1) return this.#root(tag, name);
    if (stack.length === 2 && (!this.#kind || name !== REPORT[this.#kind][0])) {
      throw new DocumentError("unsupported_document", `A camt.${this.#kind} document must hold ${REPORT[this.#kind!][0]}.`);
    }
    if (stack.length === 3 && name === REPORT[this.#kind!][1]) {
      this.#reportPath = `/Document/${stack[1]}/${name}[${++this.#reports}]`;
      this.#entries = 0;
    } else if (name === "Ntry" && stack.length === 4 && parent === REPORT[this.#kind!][1]) {
      this.#entry = { path: `${this.#reportPath}/Ntry[${++this.#entries}]`, txs: [] };
      this.#details = 0;
    } else if (name === "NtryDtls" && parent === "Ntry" && this.#entry) {
      this.#details++;
      this.#txCount = 0;
    } else if (name === "TxDtls" && parent === "NtryDtls" && this.#entry) {
      this.#tx = { path: `${this.#entry.path}/NtryDtls[${this.#details}]/TxDtls[${++this.#txCount}]` };
    } else if (name === "Amt") {
      this.#ccy = tag.attributes.Ccy ?? "";
    }
  }

  #root(tag: SaxesTagPlain, name: string) {
    const colon = tag.name.indexOf(":");
    const ns = tag.attributes[colon < 0 ? "xmlns" : `xmlns:${tag.name.slice(0, colon)}`] ?? "";
    const m = NAMESPACE.exec(ns);
    if (name !== "Document" || !m) {
      throw new DocumentError("unsupported_document", "Not an ISO 20022 camt.053 or camt.054 document of version 001.02 to 001.08.");
    }
    this.#kind = m[1] as "053" | "054";
    this.#version = `001.0${m[2]}`;
  }

  #close(name: string) {
    const s = this.#stack;
    if (!READ.has(name)) {
      s.pop();
      this.#text = "";
      return;
    }
    const n = s.length;
    const up = (k: number) => s[n - 1 - k];
    const text = this.#text.trim();
    const tx = this.#tx;
    const entry = this.#entry;
    if (tx) {
      if (name === "TxDtls" && n === 6) {
        entry!.txs.push(tx);
        this.#tx = null;
      } else if (up(1) === "Refs" && n === 8) {
        if (name === "EndToEndId") tx.endToEndId = text;
        else if (name === "AcctSvcrRef") tx.servicerRef = text;
      } else if (name === "Amt" && (up(1) === "TxDtls" || (up(1) === "TxAmt" && up(2) === "AmtDtls" && !tx.amount))) {
        tx.amount = { value: text, ccy: this.#ccy };
      } else if (name === "CdtDbtInd" && up(1) === "TxDtls") {
        tx.creditDebit = text;
      } else if (name === "RtrInf" && up(1) === "TxDtls") {
        tx.isReturn = true;
      } else if (name === "IBAN" || name === "Id") {
        this.#counterpartyAccount(tx, name, text);
      }
    } else if (entry) {
      if (name === "Ntry" && n === 4) return this.#endEntry(entry);
      const parent = up(1);
      if (parent === "Ntry") {
        if (name === "Amt") entry.amount = { value: text, ccy: this.#ccy };
        else if (name === "CdtDbtInd") entry.creditDebit = text;
        else if (name === "Sts" && text) entry.status = text;
        else if (name === "AcctSvcrRef") entry.servicerRef = text;
      } else if (parent === "Sts" && name === "Cd" && up(2) === "Ntry") {
        entry.status = text;
      } else if ((name === "Dt" || name === "DtTm") && up(2) === "Ntry") {
        if (parent === "BookgDt") entry.bookedAt = text;
        else if (parent === "ValDt") entry.valueAt = text;
      }
    } else if (n === 6 && up(2) === "Acct" && up(1) === "Id" && name === "IBAN") {
      this.#accounts.push({ scheme: "iban", id: normalizeIban(text), path: `${this.#reportPath}/Acct` });
    } else if (n === 7 && up(3) === "Acct" && up(1) === "Othr" && name === "Id") {
      this.#accounts.push({ scheme: "account", id: text, path: `${this.#reportPath}/Acct` });
    }
    s.pop();
    this.#text = "";
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
    this.#stack.pop();
    this.#text = "";
  }
}
