import { describe, expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";

const inst = await newInstitution();
const key = inst.live;
const bulk = (smes: unknown[], headers: Record<string, string> = {}, k = key) =>
  call("POST", "/v1/smes/bulk", { key: k, body: { smes }, headers });
const count = async (k = key) => (await call("GET", "/v1/portfolio/summary", { key: k })).json.smes as number;

describe("POST /v1/smes/bulk", () => {
  it("registers good items, rejects bad ones by index, code and param", async () => {
    const res = await bulk([
      sme("BULK_1"),
      sme("BULK_2", { sector: "mining" }),
      sme("BULK_3", { identifiers: { rccm: "SN-DKR-1" }, metadata: { branch: "Plateau" } }),
      { ...sme("BULK_4"), sectr: "commerce" },
      "not an object",
      sme("bad id!"),
    ]);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ object: "sme_bulk_registration", received: 6, created: 2, duplicates: 0 });
    expect(
      res.json.rejected.map((r: { index: number; code: string; param?: string; sme_id: string | null }) => [
        r.index,
        r.code,
        r.param,
        r.sme_id,
      ]),
    ).toEqual([
      [1, "validation_failed", "sector", "BULK_2"],
      [3, "validation_failed", "sectr", "BULK_4"],
      [4, "validation_failed", undefined, null],
      [5, "validation_failed", "sme_id", "bad id!"],
    ]);
    const third = await call("GET", "/v1/smes/BULK_3", { key });
    expect(third.json).toMatchObject({
      sme_id: "BULK_3",
      identifiers: { rccm: "SN-DKR-1" },
      metadata: { branch: "Plateau" },
      latest_score: null,
    });
    expect((await call("GET", "/v1/smes/BULK_4", { key })).status).toBe(404);
  });

  it("counts a retried call as duplicates and changes nothing; other attributes under a taken id are refused", async () => {
    const items = [sme("RETRY_1"), sme("RETRY_2", { metadata: { b: "2", a: "1" } })];
    expect((await bulk(items)).json).toMatchObject({ created: 2, duplicates: 0, rejected: [] });
    const before = await count();
    const again = await bulk([sme("RETRY_2", { metadata: { a: "1", b: "2" } }), sme("RETRY_1"), sme("RETRY_3")]);
    expect(again.json).toMatchObject({ received: 3, created: 1, duplicates: 2, rejected: [] });
    expect(await count()).toBe(before + 1);

    const clash = await bulk([sme("RETRY_1", { country: "CI" }), sme("RETRY_4"), sme("RETRY_4"), sme("RETRY_4", { name: "Other" })]);
    expect(clash.json).toMatchObject({ received: 4, created: 1, duplicates: 1 });
    expect(clash.json.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [0, "sme_already_exists"],
      [3, "sme_already_exists"],
    ]);
    expect((await call("GET", "/v1/smes/RETRY_1", { key })).json.country).toBe("SN");
    expect((await call("GET", "/v1/smes/RETRY_4", { key })).json.name).toBe("SME RETRY_4");
  });

  it("agrees with single registration: an id taken one way is taken the other way too", async () => {
    expect((await call("POST", "/v1/smes", { key, body: sme("ONE_BY_ONE") })).status).toBe(201);
    expect((await bulk([sme("ONE_BY_ONE")])).json).toMatchObject({ created: 0, duplicates: 1 });
    await bulk([sme("BULK_FIRST")]);
    expect((await call("POST", "/v1/smes", { key, body: sme("BULK_FIRST") })).json.error.code).toBe("sme_already_exists");
  });

  it("registers 1,000 in one call, refuses 1,001 whole, and replays an Idempotency-Key", async () => {
    const before = await count();
    const thousand = Array.from({ length: 1000 }, (_, i) => sme(`BOOK_${i}`, { metadata: { n: String(i) } }));
    const headers = { "idempotency-key": "onboard-book-1" };
    const res = await bulk(thousand, headers);
    expect(res.json).toMatchObject({ received: 1000, created: 1000, duplicates: 0, rejected: [] });
    expect(await count()).toBe(before + 1000);
    const replay = await bulk(thousand, headers);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json.created).toBe(1000);

    const tooMany = await bulk([...thousand, sme("BOOK_1000")]);
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error).toMatchObject({ code: "validation_failed", param: "smes" });
    expect((await bulk([])).json.error.param).toBe("smes");
    expect(await count()).toBe(before + 1000);
  });

  it("keeps institutions and environments apart, and needs smes:write", async () => {
    const other = await newInstitution();
    expect((await bulk([sme("BULK_1", { sector: "transport" })], {}, other.live)).json).toMatchObject({ created: 1, rejected: [] });
    expect((await bulk([sme("BULK_1", { country: "ML" })], {}, inst.test)).json).toMatchObject({ created: 1, rejected: [] });
    expect((await call("GET", "/v1/smes/BULK_1", { key })).json).toMatchObject({ sector: "commerce", country: "SN" });

    const viewer = await call("POST", "/v1/api-keys", { key, body: { name: "viewer", role: "viewer" } });
    expect((await bulk([sme("BULK_V")], {}, viewer.json.secret)).json.error.code).toBe("insufficient_scope");
  });

  it("a book of 1,000 lists 100 at a time (a page's accounts read stays under D1's 100 parameters)", async () => {
    const own = await newInstitution();
    const res = await bulk(
      Array.from({ length: 1000 }, (_, i) => sme(`BOOK_${String(i).padStart(4, "0")}`)),
      {},
      own.live,
    );
    expect(res.json.created).toBe(1000);
    const page = await call("GET", "/v1/smes?limit=100", { key: own.live });
    expect(page.status).toBe(200);
    expect(page.json.data).toHaveLength(100);
  });
});
