import { describe, expect, it } from "vitest";
import { grantedScopes, parseTokenRequest } from "../../../worker/access/oauth-request";
import { OAuthError } from "../../../worker/http/oauth-errors";

const FORM = "application/x-www-form-urlencoded";
const basic = (id: string, secret: string) => `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`;

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    if (err instanceof OAuthError) return { code: err.code, status: err.status, headers: err.headers };
    throw err;
  }
  throw new Error("expected an OAuthError");
}

describe("parseTokenRequest", () => {
  it("reads client_secret_basic with a form body, form-decoding the credentials", () => {
    const req = parseTokenRequest({
      contentType: FORM,
      body: "grant_type=client_credentials&scope=smes%3Aread",
      authorization: basic("cli_1", "s p+c:é"),
    });
    expect(req).toEqual({ clientId: "cli_1", clientSecret: "s p+c:é", usedBasic: true, scope: "smes:read" });
  });

  it("reads client_secret_post from JSON, ignoring unknown parameters", () => {
    const body = JSON.stringify({ grant_type: "client_credentials", client_id: "cli_1", client_secret: "s", audience: "x" });
    expect(parseTokenRequest({ contentType: "application/json; charset=utf-8", body, authorization: undefined })).toEqual({
      clientId: "cli_1",
      clientSecret: "s",
      usedBasic: false,
      scope: undefined,
    });
  });

  it.each([
    ["no grant_type", FORM, "client_id=a&client_secret=b", undefined, "invalid_request"],
    ["another grant", FORM, "grant_type=password&client_id=a&client_secret=b", undefined, "unsupported_grant_type"],
    ["a repeated parameter", FORM, "grant_type=client_credentials&client_id=a&client_id=b&client_secret=c", undefined, "invalid_request"],
    ["a text body", "text/plain", "grant_type=client_credentials", undefined, "invalid_request"],
    ["invalid JSON", "application/json", "{", undefined, "invalid_request"],
    ["a JSON array", "application/json", "[]", undefined, "invalid_request"],
    ["a non-string JSON field", "application/json", '{"grant_type":"client_credentials","client_id":1}', undefined, "invalid_request"],
    ["two authentication methods", FORM, "grant_type=client_credentials&client_secret=x", basic("a", "b"), "invalid_request"],
    ["a body client_id differing from Basic", FORM, "grant_type=client_credentials&client_id=z", basic("a", "b"), "invalid_request"],
    ["no credentials", FORM, "grant_type=client_credentials", undefined, "invalid_client"],
    ["only a client_id", FORM, "grant_type=client_credentials&client_id=a", undefined, "invalid_client"],
    ["a Bearer header", FORM, "grant_type=client_credentials", "Bearer abc", "invalid_client"],
    ["Basic without a colon", FORM, "grant_type=client_credentials", `Basic ${btoa("nocolon")}`, "invalid_client"],
    [
      "an oversized field",
      FORM,
      `grant_type=client_credentials&client_id=${"a".repeat(2000)}&client_secret=b`,
      undefined,
      "invalid_request",
    ],
  ])("refuses %s", (_, contentType, body, authorization, code) => {
    expect(refusal(() => parseTokenRequest({ contentType, body, authorization })).code).toBe(code);
  });

  it("answers invalid_client with WWW-Authenticate only when Basic was tried", () => {
    const withBasic = refusal(() =>
      parseTokenRequest({ contentType: FORM, body: "grant_type=client_credentials", authorization: "Basic %%%" }),
    );
    expect(withBasic).toMatchObject({ code: "invalid_client", status: 401 });
    expect(withBasic.headers["WWW-Authenticate"]).toMatch(/^Basic /);
    const withoutBasic = refusal(() =>
      parseTokenRequest({ contentType: FORM, body: "grant_type=client_credentials", authorization: undefined }),
    );
    expect(withoutBasic.headers).toEqual({});
  });
});

describe("grantedScopes", () => {
  it("defaults to the role's scopes", () => {
    expect(grantedScopes(undefined, "auditor")).toEqual(["audit:read"]);
    expect(grantedScopes("", "auditor")).toEqual(["audit:read"]);
  });

  it("narrows to a requested subset, once each", () => {
    expect(grantedScopes("smes:read flows:write smes:read", "integrator")).toEqual(["smes:read", "flows:write"]);
  });

  it.each([
    ["a scope beyond the role", "smes:read keys:write", "integrator"],
    ["an unknown scope", "smes:everything", "admin"],
    ["a double space", "smes:read  flows:write", "integrator"],
  ] as const)("refuses %s with invalid_scope", (_, scope, role) => {
    expect(refusal(() => grantedScopes(scope, role)).code).toBe("invalid_scope");
  });
});
