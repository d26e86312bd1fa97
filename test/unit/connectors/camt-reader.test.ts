import { describe, expect, it } from "vitest";
import { DocumentError } from "../../../worker/connectors/xml-errors";
import { fixture, readCamt } from "./fixtures";

const SME_IBAN = "SN08SN0100152000048500003035";

describe("camt.053 v2 (statement)", () => {
  const doc = readCamt(fixture("camt053-v02.xml"), 7);

  it("detects the message and version from the namespace, and the statement's account", () => {
    expect(doc.message).toBe("camt.053");
    expect(doc.version).toBe("001.02");
    expect(doc.accounts).toEqual([{ scheme: "iban", id: SME_IBAN, path: "/Document/BkToCstmrStmt/Stmt[1]/Acct" }]);
  });

  it("maps every field of a booked credit: EndToEndId, booking date, XOF amount, debtor's account", () => {
    expect(doc.items[0]).toEqual({
      path: "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[1]",
      flow: {
        id: "CMD-AWA-2026-11-0042",
        occurred_at: "2026-11-03T00:00:00Z",
        amount: 150000,
        direction: "in",
        channel: "bank_transfer",
        counterpartyRef: "iban:SN03SN0120101000217654320044",
      },
    });
  });

  it("falls back to the servicer's reference when EndToEndId is NOTPROVIDED; the creditor is the counterparty of a debit", () => {
    expect(doc.items[1]).toMatchObject({
      flow: { id: "SN010-2611050007", direction: "out", amount: 82500, counterpartyRef: "acct:0042-778812-01" },
    });
  });

  it("makes one flow per transaction of a batched entry, with the entry's indicator when they carry none", () => {
    const batch = doc.items.slice(2, 5);
    expect(batch.map((i) => ("flow" in i ? [i.flow.id, i.flow.amount, i.flow.direction] : i.reject.code))).toEqual([
      ["CANTINE-ECOLE-1107", 40000, "in"],
      ["HOTEL-TERANGA-5521", 30000, "in"],
      ["CMD-AWA-2026-11-0057", 25000, "in"],
    ]);
    expect(batch[2]!.path).toBe("/Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/NtryDtls[1]/TxDtls[3]");
  });

  it("rejects an unbooked entry and a non-XOF one, each with its path, and maps an entry without details", () => {
    expect(doc.items[5]).toEqual({
      path: "/Document/BkToCstmrStmt/Stmt[1]/Ntry[4]",
      reject: { code: "entry_not_booked", message: "The entry's status is PDNG: only booked entries (BOOK) are flows." },
    });
    expect(doc.items[6]).toMatchObject({
      path: "/Document/BkToCstmrStmt/Stmt[1]/Ntry[5]/NtryDtls[1]/TxDtls[1]",
      reject: { code: "unsupported_currency" },
    });
    expect(doc.items[7]).toMatchObject({
      path: "/Document/BkToCstmrStmt/Stmt[1]/Ntry[6]",
      flow: { id: "SN010-FRAIS-202611", amount: 2500, direction: "out" },
    });
    expect(doc.items[7]).not.toHaveProperty("flow.counterpartyRef");
    expect(doc.items).toHaveLength(8);
  });
});

describe("camt.053 v8 (prefixed elements, Sts/Cd, DtTm, Pty, Prxy, RtrInf)", () => {
  const doc = readCamt(fixture("camt053-v08.xml"), 13);

  it("reads version 001.08 with a namespace prefix", () => {
    expect([doc.message, doc.version]).toEqual(["camt.053", "001.08"]);
    expect(doc.accounts.map((a) => a.id)).toEqual([SME_IBAN]);
  });

  it("takes the direction at the transaction level, a proxy as counterparty, and keeps a return apart", () => {
    const flows = doc.items.map((i) => ("flow" in i ? i.flow : i.reject.code));
    expect(flows.slice(0, 3)).toEqual([
      {
        id: "ESNB00120261120094127KXvozkpN01",
        occurred_at: "2026-11-20T09:41:27.120+00:00",
        amount: 180000,
        direction: "in",
        channel: "bank_transfer",
        counterpartyRef: "iban:CI76CI0420100100551234567890",
      },
      {
        id: "ESNB00120261120094127KXvozkpN02",
        occurred_at: "2026-11-20T09:41:27.120+00:00",
        amount: 50000,
        direction: "in",
        channel: "bank_transfer",
        counterpartyRef: "alias:+221771234567",
      },
      {
        id: "RETOUR:CMD-AWA-2026-11-0042",
        occurred_at: "2026-11-20T09:41:27.120+00:00",
        amount: 15000,
        direction: "out",
        channel: "bank_transfer",
        counterpartyRef: "iban:SN03SN0120101000217654320044",
      },
    ]);
    expect(flows[3]).toMatchObject({ id: "SAL-2026-11-EMPL07", direction: "out", occurred_at: "2026-11-25T16:02:00Z" });
    expect(doc.items[4]).toMatchObject({ path: "/Document/BkToCstmrStmt/Stmt[1]/Ntry[3]", reject: { code: "entry_not_booked" } });
    expect(doc.items).toHaveLength(5);
  });
});

describe("camt.054 v2 and v8 (notifications)", () => {
  it("v2: a booking date-time without offset is read as UTC", () => {
    const doc = readCamt(fixture("camt054-v02.xml"));
    expect([doc.message, doc.version]).toEqual(["camt.054", "001.02"]);
    expect(doc.items).toEqual([
      {
        path: "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[1]/NtryDtls[1]/TxDtls[1]",
        flow: {
          id: "RESTO-KEUR-2026-1201",
          occurred_at: "2026-12-01T10:22:05Z",
          amount: 73500,
          direction: "in",
          channel: "bank_transfer",
          counterpartyRef: "iban:ML33ML0160120100099887766551",
        },
      },
    ]);
  });

  it("v8: an account given as Othr/Id, two entries", () => {
    const doc = readCamt(fixture("camt054-v08.xml"), 1);
    expect(doc.version).toBe("001.08");
    expect(doc.accounts).toEqual([
      { scheme: "account", id: "SN010-00152-000485000030", path: "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Acct" },
    ]);
    expect(doc.items.map((i) => ("flow" in i ? [i.flow.id, i.flow.direction, i.flow.counterpartyRef] : i.reject.code))).toEqual([
      ["ESNB00120261201135844QRstat0001", "in", "alias:+221709876543"],
      ["FOURN-SUCRE-CSS-3391", "out", "acct:CSS-CLIENT-44120"],
    ]);
  });
});

describe("every version from 001.02 to 001.08", () => {
  it("is recognised from its namespace; others are not", () => {
    const v2 = fixture("camt054-v02.xml");
    for (let v = 2; v <= 8; v++) {
      expect(readCamt(v2.replace("camt.054.001.02", `camt.054.001.0${v}`)).version).toBe(`001.0${v}`);
    }
    for (const ns of ["camt.054.001.01", "camt.054.001.09", "camt.052.001.02", "pain.001.001.03"]) {
      expect(() => readCamt(v2.replace("camt.054.001.02", ns)), ns).toThrow(expect.objectContaining({ code: "unsupported_document" }));
    }
  });
});

describe("hostile XML", () => {
  const refused = (xml: string, code: string, limits?: { maxDepth: number; maxItems: number }) => {
    let error: unknown;
    try {
      readCamt(xml, 4096, limits);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe(code);
    return (error as DocumentError).message;
  };

  it("refuses any DOCTYPE: billion laughs, external entities, even a harmless one, even split across chunks", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&lol9;</Document>`;
    refused(laughs, "xml_doctype_forbidden");
    refused(
      `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Document>&xxe;</Document>`,
      "xml_doctype_forbidden",
    );
    refused(`<!DOCTYPE Document><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"/>`, "xml_doctype_forbidden");
    const reader = () => readCamt(`<?xml version="1.0"?><!DOCTYPE d SYSTEM "http://example.test/x.dtd"><Document/>`, 3);
    expect(reader).toThrow(expect.objectContaining({ code: "xml_doctype_forbidden" }));
  });

  it("refuses an undeclared entity without echoing it", () => {
    const message = refused(
      `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&secretEntityName;</Document>`,
      "invalid_xml",
    );
    expect(message).not.toContain("secretEntityName");
  });

  it("refuses deep nesting, malformed documents and too many entries", () => {
    refused(`${"<a>".repeat(10_000)}${"</a>".repeat(10_000)}`, "unsupported_document");
    const ns = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>`;
    refused(`${ns}${"<Stmt>".repeat(10_000)}`, "xml_too_deep");
    const message = refused(`${ns}<Stmt><Ntry>SECRET-PAYLOAD</Stmt>`, "invalid_xml");
    expect(message).not.toContain("SECRET");
    refused(`${ns}</Stmt>`, "invalid_xml");
    refused("", "invalid_xml");
    refused("not xml at all", "invalid_xml");
    const entry = `<Ntry><Amt Ccy="XOF">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-03</Dt></BookgDt><AcctSvcrRef>R</AcctSvcrRef></Ntry>`;
    refused(`${ns}<Stmt>${entry.repeat(11)}</Stmt></BkToCstmrStmt></Document>`, "too_many_entries", { maxDepth: 32, maxItems: 10 });
  });
});
