import { describe, expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";
import { d1Snapshot, FIXTURES, ledgerFlows, postCamt, SME_IBAN } from "./connect-kit";

const inst = await newInstitution();
const key = inst.live;
await call("POST", "/v1/smes", { key, body: sme("TARGET", { accounts: [{ scheme: "iban", id: SME_IBAN }] }) });

const NS = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">`;
const laughs = `<?xml version="1.0"?>
<!DOCTYPE Document [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("\n  ")}
]>
${NS}<BkToCstmrStmt><Stmt><Acct><Id><IBAN>${SME_IBAN}</IBAN></Id></Acct><Ntry><AcctSvcrRef>&lol9;</AcctSvcrRef></Ntry></Stmt></BkToCstmrStmt></Document>`;
const xxe = `<?xml version="1.0"?>
<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
${NS}<BkToCstmrStmt><Stmt><Acct><Id><IBAN>${SME_IBAN}</IBAN></Id></Acct><Ntry><AcctSvcrRef>&xxe;</AcctSvcrRef></Ntry></Stmt></BkToCstmrStmt></Document>`;
const deep = `${NS}<BkToCstmrStmt><Stmt>${"<Ntry>".repeat(10_000)}${"</Ntry>".repeat(10_000)}</Stmt></BkToCstmrStmt></Document>`;
/** A valid statement padded with booked entries past 20 MB. */
const entry = FIXTURES.camt053v02.slice(FIXTURES.camt053v02.indexOf("<Ntry>"), FIXTURES.camt053v02.indexOf("</Ntry>") + 7);
const huge = FIXTURES.camt053v02.replace("</Stmt>", `${entry.repeat(Math.ceil(20e6 / entry.length))}</Stmt>`);

/** The body as a stream of 64 KiB chunks, with no Content-Length: the limit is counted as it arrives. */
const streamed = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + 65_536));
      at += 65_536;
    },
  });
};

describe("hostile XML is refused with a stable code, never echoed, and nothing is stored", () => {
  const cases: [string, BodyInit | (() => BodyInit), number, string][] = [
    ["billion laughs", laughs, 400, "xml_doctype_forbidden"],
    ["external entity (XXE)", xxe, 400, "xml_doctype_forbidden"],
    ["10,000-deep nesting", deep, 400, "xml_too_deep"],
    ["20 MB with its Content-Length", huge, 413, "payload_too_large"],
    ["20 MB streamed without a length", () => streamed(huge), 413, "payload_too_large"],
    ["malformed", `${NS}<BkToCstmrStmt><Stmt><Ntry>PAYLOAD-7731</Stmt>`, 400, "invalid_xml"],
    ["not UTF-8", new Uint8Array([0x3c, 0x61, 0xff, 0xfe, 0x3e]), 400, "invalid_xml"],
    ["another message", FIXTURES.camt053v02.replace("camt.053.001.02", "pain.001.001.09"), 422, "unsupported_document"],
    ["empty", "", 400, "invalid_xml"],
  ];
  for (const [name, body, status, code] of cases) {
    it(name, async () => {
      const before = await d1Snapshot();
      const res = await postCamt(key, typeof body === "function" ? body() : body);
      expect([res.status, res.json?.error?.code]).toEqual([status, code]);
      for (const echoed of ["lol", "passwd", "PAYLOAD-7731", SME_IBAN]) expect(res.text).not.toContain(echoed);
      expect(await d1Snapshot()).toBe(before);
      expect(await ledgerFlows(inst.id, "live", "TARGET")).toEqual([]);
    }, 30_000);
  }

  it("refuses JSON and other media types on the XML route", async () => {
    const res = await call("POST", "/v1/connect/camt", { key, body: { xml: FIXTURES.camt053v02 } });
    expect([res.status, res.json.error.code]).toEqual([415, "unsupported_media_type"]);
  });

  it("accepts the same statement afterwards: the refusals left nothing half-done", async () => {
    expect((await postCamt(key, FIXTURES.camt053v02)).json).toMatchObject({ sme_id: "TARGET", accepted: 6 });
  });
});
