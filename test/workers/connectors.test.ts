import { describe, expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";
import { FIXTURES, ledgerFlows, postCamt, postPiSpi, SME_ACCOUNT, SME_ALIAS, SME_IBAN } from "./connect-kit";

const inst = await newInstitution();
const key = inst.live;
const accounts = [
  { scheme: "iban", id: SME_IBAN },
  { scheme: "account", id: SME_ACCOUNT },
  { scheme: "pi_spi_alias", id: SME_ALIAS },
];
await call("POST", "/v1/smes", { key, body: sme("BOULANGERIE", { accounts }) });

describe("POST /v1/connect/camt", () => {
  it("finds the SME from the statement's IBAN, keeps booked XOF transactions, rejects the rest with their path", async () => {
    const res = await postCamt(key, FIXTURES.camt053v02);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      object: "flow_ingestion",
      sme_id: "BOULANGERIE",
      received: 8,
      accepted: 6,
      duplicates: 0,
      rejected: [
        { index: 5, path: "/Document/BkToCstmrStmt/Stmt[1]/Ntry[4]", code: "entry_not_booked", message: expect.any(String) },
        {
          index: 6,
          path: "/Document/BkToCstmrStmt/Stmt[1]/Ntry[5]/NtryDtls[1]/TxDtls[1]",
          code: "unsupported_currency",
          message: expect.any(String),
        },
      ],
    });
  });

  it("counts the same file once when it is sent again", async () => {
    const again = await postCamt(key, FIXTURES.camt053v02);
    expect(again.json).toMatchObject({ received: 8, accepted: 0, duplicates: 6 });
    expect((await call("GET", "/v1/smes/BOULANGERIE", { key })).json.flows.count).toBe(6);
  });

  it("takes v8 statements and v2/v8 notifications; a return is a flow of its own", async () => {
    expect((await postCamt(key, FIXTURES.camt053v08)).json).toMatchObject({
      received: 5,
      accepted: 4,
      duplicates: 0,
      rejected: [{ index: 4, code: "entry_not_booked" }],
    });
    expect((await postCamt(key, FIXTURES.camt054v02)).json).toMatchObject({ received: 1, accepted: 1 });
    // v8 names the account as Othr/Id: the SME's `account` identifier.
    expect((await postCamt(key, FIXTURES.camt054v08)).json).toMatchObject({ sme_id: "BOULANGERIE", received: 2, accepted: 2 });
    const flows = await ledgerFlows(inst.id, "live", "BOULANGERIE");
    expect(flows).toHaveLength(13);
    expect(flows.find((f) => f.id === "RETOUR:CMD-AWA-2026-11-0042")).toMatchObject({
      amount: 15000,
      direction: "out",
      channel: "bank_transfer",
    });
    expect(flows.find((f) => f.id === "CMD-AWA-2026-11-0042")).toMatchObject({ amount: 150000, direction: "in" });
  });

  it("stores the counterparty as a hash: the same payer gives the same value, no account or name is kept", async () => {
    const flows = await ledgerFlows(inst.id, "live", "BOULANGERIE");
    const awa = flows.filter((f) => f.id.startsWith("CMD-AWA-") || f.id === "RETOUR:CMD-AWA-2026-11-0042").map((f) => f.counterparty);
    expect(new Set(awa).size).toBe(1);
    expect(awa[0]).toMatch(/^cp_[A-Za-z0-9_-]{22}$/);
    const stored = JSON.stringify(flows);
    for (const secret of ["SN03SN0120101000217654320044", "0042-778812", "221771234567", "SUPERMARCHE", "FATOU", "MOULINS"])
      expect(stored).not.toContain(secret);
    expect(flows.find((f) => f.id === "SN010-FRAIS-202611")?.counterparty).toBeNull();
  });

  it("takes ?sme_id= when the account is not registered, and refuses one that belongs to another SME", async () => {
    await call("POST", "/v1/smes", { key, body: sme("NO_ACCOUNTS") });
    const other = FIXTURES.camt054v02.replace(SME_IBAN, "CI76CI0420100100551234567890");
    expect((await postCamt(key, other)).json.error.code).toBe("account_not_found");
    expect((await postCamt(key, other, "?sme_id=NO_ACCOUNTS")).json).toMatchObject({ sme_id: "NO_ACCOUNTS", accepted: 1 });
    const mismatch = await postCamt(key, FIXTURES.camt054v02, "?sme_id=NO_ACCOUNTS");
    expect([mismatch.status, mismatch.json.error.code]).toEqual([422, "account_sme_mismatch"]);
    expect((await call("GET", "/v1/smes/NO_ACCOUNTS", { key })).json.flows.count).toBe(1);
  });

  it("never crosses tenants: the same IBAN is unknown to another institution and to the test environment", async () => {
    const other = await newInstitution();
    for (const k of [other.live, inst.test]) {
      const res = await postCamt(k, FIXTURES.camt054v02);
      expect([res.status, res.json.error.code]).toEqual([404, "account_not_found"]);
      expect((await postCamt(k, FIXTURES.camt054v02, "?sme_id=BOULANGERIE")).json.error.code).toBe("sme_not_found");
    }
  });

  it("replays an Idempotency-Key on the same bytes and refuses it on others", async () => {
    await call("POST", "/v1/smes", { key, body: sme("IDEM", { accounts: [{ scheme: "iban", id: "SN44SN0390100100034567891271" }] }) });
    const doc = FIXTURES.camt054v02.replace(SME_IBAN, "SN44SN0390100100034567891271");
    const first = await postCamt(key, doc, "", { "idempotency-key": "camt-1" });
    const replay = await postCamt(key, doc, "", { "idempotency-key": "camt-1" });
    expect(first.json.accepted, first.text).toBe(1);
    expect([replay.headers.get("idempotent-replayed"), replay.json.accepted]).toEqual(["true", 1]);
    const reused = await postCamt(key, doc.replace("73500", "73600"), "", { "idempotency-key": "camt-1" });
    expect(reused.json.error.code).toBe("idempotency_key_reused");
  });
});

describe("POST /v1/connect/pi-spi/events", () => {
  it("finds the SME from the alias, keeps irrevocable payments and returns, rejects other events with their path", async () => {
    const res = await postPiSpi(key, FIXTURES.notifications);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ sme_id: "BOULANGERIE", received: 6, accepted: 3, duplicates: 0 });
    expect(res.json.rejected.map((r: { path: string; code: string }) => [r.path, r.code])).toEqual([
      ["data[3]", "not_a_payment"],
      ["data[4]", "not_irrevocable"],
      ["data[5]", "not_a_payment"],
    ]);
    expect((await postPiSpi(key, FIXTURES.notifications)).json).toMatchObject({ accepted: 0, duplicates: 3 });
    const flows = await ledgerFlows(inst.id, "live", "BOULANGERIE");
    expect(flows.find((f) => f.id === "ESNB00120261201153554KXvozkpNvhUk")).toMatchObject({
      amount: 45000,
      direction: "in",
      channel: "pi_spi",
    });
    expect(flows.find((f) => f.id === "RETOUR:ESNB00120261128101500AbCdEfGh12")).toMatchObject({ amount: 8500, direction: "in" });
    expect(JSON.stringify(flows)).not.toContain("+221776543210");
  });

  it("counts a payment once across connectors: its camt entry after its PI-SPI notification is a duplicate", async () => {
    const sameE2e = FIXTURES.camt054v02.replace("RESTO-KEUR-2026-1201", "ESNB00120261201160210LmPq3sTu9w").replace(/>CRDT</g, ">DBIT<");
    const res = await postCamt(key, sameE2e.replace(/SN010-2612010011/g, "SN010-X"), "");
    expect(res.json).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it("refuses a body that is not a notification, and an alias of another SME or tenant", async () => {
    expect((await postPiSpi(key, { data: [] })).json.error.code).toBe("validation_failed");
    expect((await postPiSpi(key, { events: [] })).json.error.code).toBe("validation_failed");
    const other = await newInstitution();
    expect((await postPiSpi(other.live, FIXTURES.notifications)).json.error.code).toBe("account_not_found");
    expect((await postPiSpi(key, FIXTURES.notifications, "?sme_id=NO_ACCOUNTS")).json.error.code).toBe("account_sme_mismatch");
  });
});

describe("the OpenAPI document", () => {
  it("describes both calls, the camt one with an XML request body and its example", async () => {
    const doc = (await call("GET", "/v1/openapi.json")).json;
    const camt = doc.paths["/v1/connect/camt"].post;
    expect([camt.operationId, camt.tags]).toEqual(["flows.ingestCamt", ["Flows"]]);
    expect(camt.requestBody.content["application/xml"].schema.example).toContain("urn:iso:std:iso:20022:tech:xsd:camt.054.001.02");
    const piSpi = doc.paths["/v1/connect/pi-spi/events"].post;
    expect([piSpi.operationId, piSpi.tags]).toEqual(["flows.ingestPiSpi", ["Flows"]]);
    expect(piSpi.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/PiSpiNotification");
  });
});
