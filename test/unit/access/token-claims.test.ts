import { describe, expect, it } from "vitest";
import { checkClaims, checkHeader } from "../../../worker/access/token-claims";

const expected = { issuer: "https://api.example", audience: "https://api.example/v1", now: 1_800_000_000 };
const claims = {
  iss: expected.issuer,
  aud: expected.audience,
  sub: "cli_1",
  client_id: "cli_1",
  scope: "smes:read",
  iat: expected.now - 10,
  exp: expected.now + 890,
  jti: "j1",
  institution_id: "ins_1",
  environment: "test",
};

describe("checkHeader", () => {
  it("accepts RS256 at+jwt with a kid", () => {
    expect(checkHeader({ alg: "RS256", typ: "at+jwt", kid: "k1" })).toEqual({ ok: true, kid: "k1" });
    expect(checkHeader({ alg: "RS256", typ: "application/at+JWT", kid: "k1" })).toEqual({ ok: true, kid: "k1" });
  });

  it.each([
    [{ alg: "none", typ: "at+jwt", kid: "k1" }, "algorithm"],
    [{ alg: "HS256", typ: "at+jwt", kid: "k1" }, "algorithm"],
    [{ alg: "RS512", typ: "at+jwt", kid: "k1" }, "algorithm"],
    [{ alg: "rs256", typ: "at+jwt", kid: "k1" }, "algorithm"],
    [{ alg: "RS256", typ: "JWT", kid: "k1" }, "type"],
    [{ alg: "RS256", kid: "k1" }, "type"],
    [{ alg: "RS256", typ: "at+jwt" }, "malformed"],
    [{ typ: "at+jwt", kid: "k1" }, "malformed"],
    ["RS256", "malformed"],
  ])("refuses %j (%s)", (header, reason) => {
    expect(checkHeader(header)).toEqual({ ok: false, reason });
  });
});

describe("checkClaims", () => {
  it("accepts our claims, with aud as a string or a list", () => {
    expect(checkClaims(claims, expected)).toMatchObject({ ok: true, claims: { client_id: "cli_1" } });
    expect(checkClaims({ ...claims, aud: ["x", expected.audience] }, expected).ok).toBe(true);
  });

  it.each([
    ["another issuer", { iss: "https://evil.example" }, "issuer"],
    ["another audience", { aud: "https://api.example/v2" }, "audience"],
    ["an audience list without ours", { aud: ["a", "b"] }, "audience"],
    ["expiry now", { exp: expected.now }, "expired"],
    ["expiry past", { exp: expected.now - 1 }, "expired"],
    ["issued in the future beyond skew", { iat: expected.now + 61 }, "not_yet_valid"],
  ])("refuses %s, still naming the client", (_, change, reason) => {
    const result = checkClaims({ ...claims, ...change }, expected);
    expect(result).toMatchObject({ ok: false, reason, claims: { client_id: "cli_1" } });
  });

  it.each([
    ["sub differs from client_id", { sub: "cli_2" }],
    ["no jti", { jti: undefined }],
    ["exp not an integer", { exp: "soon" }],
    ["unknown environment", { environment: "prod" }],
    ["scope not a string", { scope: ["smes:read"] }],
  ])("refuses malformed claims: %s", (_, change) => {
    expect(checkClaims({ ...claims, ...change }, expected)).toEqual({ ok: false, reason: "claims" });
  });
});
