import { describe, expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";

const inst = await newInstitution();

function expectError(res: Awaited<ReturnType<typeof call>>, status: number, code: string, param?: string) {
  expect(res.status).toBe(status);
  expect(res.json.error.code).toBe(code);
  expect(res.json.error.type).toBeTypeOf("string");
  expect(res.json.error.message).toBeTypeOf("string");
  expect(res.json.error.request_id).toBe(res.headers.get("request-id"));
  if (param) expect(res.json.error.param).toBe(param);
  expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
}

describe("conventions on every route", () => {
  it("answers health with a Request-Id", async () => {
    const res = await call("GET", "/v1/health");
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("ok");
    expect(res.headers.get("request-id")).toMatch(/^req_[A-Za-z0-9]{24}$/);
  });

  it("404s unknown routes with the error shape", async () => {
    expectError(await call("GET", "/v1/nope", { key: inst.test }), 404, "resource_not_found");
    expectError(await call("GET", "/elsewhere"), 404, "resource_not_found");
  });

  it("405s a wrong method and says which are allowed", async () => {
    const res = await call("PUT", "/v1/smes", { key: inst.test, body: {} });
    expectError(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toContain("POST");
  });

  it("refuses missing, malformed, unknown and non-key credentials", async () => {
    expectError(await call("GET", "/v1/smes"), 401, "missing_credentials");
    expectError(await call("GET", "/v1/smes", { headers: { authorization: "Basic abc" } }), 401, "missing_credentials");
    expectError(await call("GET", "/v1/smes", { key: "sk_test_doesnotexist" }), 401, "invalid_api_key");
    expectError(await call("GET", "/v1/smes", { key: "sk_live_doesnotexist" }), 401, "invalid_api_key");
    expectError(await call("GET", "/v1/smes", { key: "eyJhbGciOiJub25lIn0.e30." }), 401, "invalid_token");
  });

  it("rejects bad JSON, wrong media types and oversized bodies", async () => {
    expectError(
      await call("POST", "/v1/smes", { key: inst.test, raw: "{not json", headers: { "content-type": "application/json" } }),
      400,
      "invalid_json",
    );
    expectError(
      await call("POST", "/v1/smes", { key: inst.test, raw: "sme_id=x", headers: { "content-type": "application/x-www-form-urlencoded" } }),
      415,
      "unsupported_media_type",
    );
    const big = JSON.stringify({ ...sme("BIG"), metadata: { pad: "x".repeat(1024 * 1024) } });
    expectError(
      await call("POST", "/v1/smes", { key: inst.test, raw: big, headers: { "content-type": "application/json" } }),
      413,
      "payload_too_large",
    );
    expectError(await call("GET", "/v1/smes/BIG", { key: inst.test }), 404, "sme_not_found");
  });

  it("names the offending param on validation failures", async () => {
    expectError(
      await call("POST", "/v1/smes", { key: inst.test, body: sme("OK1", { country: "FR" }) }),
      400,
      "validation_failed",
      "country",
    );
    expectError(await call("POST", "/v1/smes", { key: inst.test, body: sme("bad id!") }), 400, "validation_failed", "sme_id");
    expectError(
      await call("POST", "/v1/smes", { key: inst.test, body: sme("OK2", { colour: "red" }) }),
      400,
      "validation_failed",
      "colour",
    );
    expectError(await call("GET", "/v1/smes?limit=0", { key: inst.test }), 400, "validation_failed", "limit");
    expectError(await call("GET", "/v1/smes?cursor=garbage", { key: inst.test }), 400, "validation_failed", "cursor");
    expectError(await call("POST", "/v1/smes", { key: inst.test }), 400, "validation_failed");
  });

  it("creates, reads, updates and lists SMEs", async () => {
    const created = await call("POST", "/v1/smes", { key: inst.test, body: sme("CRUD_1", { identifiers: { rccm: "SN-DKR-1" } }) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ object: "sme", sme_id: "CRUD_1", flows: { count: 0 }, latest_score: null });
    expectError(await call("POST", "/v1/smes", { key: inst.test, body: sme("CRUD_1") }), 409, "sme_already_exists", "sme_id");
    const patched = await call("PATCH", "/v1/smes/CRUD_1", { key: inst.test, body: { name: "Renamed", metadata: { a: "b" } } });
    expect(patched.json).toMatchObject({ name: "Renamed", metadata: { a: "b" }, identifiers: { rccm: "SN-DKR-1" } });
    const got = await call("GET", "/v1/smes/CRUD_1", { key: inst.test });
    expect(got.json.name).toBe("Renamed");
    const list = await call("GET", "/v1/smes?sector=commerce&country=SN", { key: inst.test });
    expect(list.json.data.map((s: { sme_id: string }) => s.sme_id)).toContain("CRUD_1");
    const none = await call("GET", "/v1/smes?country=TG&sector=commerce", { key: inst.test });
    expect(none.json.data.every((s: { country: string }) => s.country === "TG")).toBe(true);
  });

  it("publishes an OpenAPI 3.1 document and a docs page", async () => {
    const doc = await call("GET", "/v1/openapi.json");
    expect(doc.json.openapi).toBe("3.1.0");
    expect(Object.keys(doc.json.paths)).toContain("/v1/smes/{sme_id}");
    const page = await call("GET", "/docs");
    expect(page.text).toContain("/docs/scalar.js");
  });
});
