import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";
import { SME_ALIAS, SME_IBAN } from "./connect-kit";

const inst = await newInstitution();
const key = inst.live;
const accountRows = async (smeId: string) =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM sme_accounts WHERE institution_id = ? AND sme_id = ?")
    .bind(inst.id, smeId)
    .first<{ n: number }>())!.n;

describe("SME accounts", () => {
  it("are given on create, read back normalised, and listed", async () => {
    const accounts = [
      { scheme: "iban", id: "sn08 sn01 0015 2000 0485 0000 3035" },
      { scheme: "account", id: " 0042-778812 " },
      { scheme: "pi_spi_alias", id: SME_ALIAS },
    ];
    const created = await call("POST", "/v1/smes", { key, body: sme("ACC_1", { accounts }) });
    expect(created.status).toBe(201);
    const expected = [
      { scheme: "iban", id: SME_IBAN },
      { scheme: "account", id: "0042-778812" },
      { scheme: "pi_spi_alias", id: SME_ALIAS },
    ];
    expect(created.json.accounts).toEqual(expected);
    expect((await call("GET", "/v1/smes/ACC_1", { key })).json.accounts).toEqual(expected);
    const list = await call("GET", "/v1/smes?limit=100", { key });
    expect(list.json.data.find((s: { sme_id: string }) => s.sme_id === "ACC_1").accounts).toEqual(expected);
  });

  it("refuses a bad IBAN, a duplicate and too many, naming the field", async () => {
    for (const accounts of [
      [{ scheme: "iban", id: "SN09SN0100152000048500003035" }],
      [
        { scheme: "iban", id: SME_IBAN.toLowerCase() },
        { scheme: "iban", id: SME_IBAN },
      ],
      [{ scheme: "msisdn", id: "+221770000000" }],
      Array.from({ length: 21 }, (_, i) => ({ scheme: "account", id: `A${i}` })),
    ]) {
      const res = await call("POST", "/v1/smes", { key, body: sme("ACC_BAD", { accounts }) });
      expect(res.status, JSON.stringify(accounts[0])).toBe(400);
      expect(res.json.error.param).toMatch(/^accounts/);
    }
    expect((await call("GET", "/v1/smes/ACC_BAD", { key })).status).toBe(404);
  });

  it("are unique per institution and environment: another SME cannot take one, and nothing is stored", async () => {
    const res = await call("POST", "/v1/smes", { key, body: sme("ACC_2", { accounts: [{ scheme: "iban", id: SME_IBAN }] }) });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe("account_already_registered");
    expect((await call("GET", "/v1/smes/ACC_2", { key })).status).toBe(404);

    await call("POST", "/v1/smes", { key, body: sme("ACC_2") });
    const patch = await call("PATCH", "/v1/smes/ACC_2", {
      key,
      body: { name: "renamed", accounts: [{ scheme: "pi_spi_alias", id: SME_ALIAS }] },
    });
    expect(patch.json.error.code).toBe("account_already_registered");
    const after = await call("GET", "/v1/smes/ACC_2", { key });
    expect([after.json.name, after.json.accounts]).toEqual(["SME ACC_2", []]);

    // The same identifiers are free in the test environment and in another institution.
    const other = await newInstitution();
    for (const k of [inst.test, other.live]) {
      expect(
        (await call("POST", "/v1/smes", { key: k, body: sme("ACC_1", { accounts: [{ scheme: "iban", id: SME_IBAN }] }) })).status,
      ).toBe(201);
    }
  });

  it("are replaced as a whole on update, and kept when the update leaves them out", async () => {
    const res = await call("PATCH", "/v1/smes/ACC_1", { key, body: { accounts: [{ scheme: "account", id: "NEW-1" }] } });
    expect(res.json.accounts).toEqual([{ scheme: "account", id: "NEW-1" }]);
    expect((await call("PATCH", "/v1/smes/ACC_1", { key, body: { name: "x" } })).json.accounts).toEqual([
      { scheme: "account", id: "NEW-1" },
    ]);
    // The IBAN it gave up can now go to another SME.
    const taken = await call("PATCH", "/v1/smes/ACC_2", { key, body: { accounts: [{ scheme: "iban", id: SME_IBAN }] } });
    expect(taken.json.accounts).toEqual([{ scheme: "iban", id: SME_IBAN }]);
  });

  it("are erased with the SME, and free again afterwards", async () => {
    expect(await accountRows("ACC_2")).toBe(1);
    expect((await call("DELETE", "/v1/smes/ACC_2", { key })).status).toBe(200);
    expect(await accountRows("ACC_2")).toBe(0);
    const again = await call("PATCH", "/v1/smes/ACC_1", { key, body: { accounts: [{ scheme: "iban", id: SME_IBAN }] } });
    expect(again.status).toBe(200);
  });
});
