import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ROLE_SCOPES } from "../../worker/http/scopes";
import { call, newInstitution } from "./api";
import {
  basic,
  claimsFor,
  decodeJson,
  encodeJson,
  FORM,
  forge,
  newClient,
  ORIGIN,
  signingJwks,
  tokenFor,
  tokenRequest,
} from "./oauth-tokens";

const inst = await newInstitution();
const integrator = await newClient(inst.test, "integrator");

// Material for the tampered tokens: a real token, its parts, the public key, the current private key.
const [current] = signingJwks();
const good = await tokenFor(integrator, "smes:read");
const [h, p, s] = good.split(".");
const payload = decodeJson(p!);
const header = decodeJson(h!);
const publicJwk = (await call("GET", "/.well-known/jwks.json")).json.keys[0];
const signed = (change: object, headerChange: object = {}) =>
  forge({ ...header, ...headerChange }, { ...payload, ...change }, { jwk: current! });

function expectOAuthError(res: Awaited<ReturnType<typeof call>>, status: number, error: string) {
  expect(res.status).toBe(status);
  expect(res.json).toEqual({ error, error_description: expect.any(String) });
  expect(res.headers.get("cache-control")).toBe("no-store");
}

describe("OAuth2 clients", () => {
  it("shows the secret once and stores only its hash", async () => {
    const created = await call("POST", "/v1/oauth/clients", { key: inst.test, body: { name: "gateway", role: "viewer", team: "risk" } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ object: "oauth_client", role: "viewer", team: "risk", environment: "test" });
    expect(created.json.client_secret).toMatch(/^cs_test_[A-Za-z0-9]{43}$/);
    const rows = await env.DB.prepare("SELECT * FROM oauth_clients WHERE id = ?").bind(created.json.client_id).all();
    expect(JSON.stringify(rows.results)).not.toContain(created.json.client_secret.slice(8));
    const list = await call("GET", "/v1/oauth/clients", { key: inst.test });
    expect(JSON.stringify(list.json)).not.toContain(created.json.client_secret.slice(8));
    expect(list.json.data.map((c: { client_id: string }) => c.client_id)).toContain(created.json.client_id);
  });

  it("creating one needs keys:write", async () => {
    const { json: viewer } = await call("POST", "/v1/api-keys", { key: inst.test, body: { name: "ro", role: "viewer" } });
    const res = await call("POST", "/v1/oauth/clients", { key: viewer.secret, body: { name: "x", role: "admin" } });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("insufficient_scope");
  });
});

describe("POST /v1/oauth/token", () => {
  it("issues an RFC 9068 token with client_secret_basic and a form body", async () => {
    const res = await tokenRequest({ form: { grant_type: "client_credentials" }, authorization: basic(integrator.id, integrator.secret) });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.json).toMatchObject({ token_type: "Bearer", expires_in: 900, scope: ROLE_SCOPES.integrator.join(" ") });
    const [header, payload] = res.json.access_token
      .split(".")
      .slice(0, 2)
      .map((s: string) => decodeJson(s));
    const kids = (await call("GET", "/.well-known/jwks.json")).json.keys.map((k: { kid: string }) => k.kid);
    expect(header).toEqual({ alg: "RS256", typ: "at+jwt", kid: kids[0] });
    expect(payload).toMatchObject({
      iss: ORIGIN,
      aud: `${ORIGIN}/v1`,
      sub: integrator.id,
      client_id: integrator.id,
      scope: ROLE_SCOPES.integrator.join(" "),
      institution_id: inst.id,
      environment: "test",
    });
    expect(payload.exp - payload.iat).toBe(900);
    expect(payload.jti).toEqual(expect.any(String));
  });

  it("issues with client_secret_post, form or JSON", async () => {
    const creds = { grant_type: "client_credentials", client_id: integrator.id, client_secret: integrator.secret };
    expect((await tokenRequest({ form: creds })).status).toBe(200);
    expect((await tokenRequest({ json: creds })).status).toBe(200);
    expect(
      (await tokenRequest({ json: { grant_type: "client_credentials" }, authorization: basic(integrator.id, integrator.secret) })).status,
    ).toBe(200);
  });

  it("narrows to a requested subset of the role's scopes, else invalid_scope", async () => {
    const res = await tokenRequest({
      form: { grant_type: "client_credentials", scope: "smes:read" },
      authorization: basic(integrator.id, integrator.secret),
    });
    expect(res.json.scope).toBe("smes:read");
    expect(decodeJson(res.json.access_token.split(".")[1]).scope).toBe("smes:read");
    const beyond = await tokenRequest({
      form: { grant_type: "client_credentials", scope: "smes:read keys:write" },
      authorization: basic(integrator.id, integrator.secret),
    });
    expectOAuthError(beyond, 400, "invalid_scope");
  });

  it("refuses a wrong secret, an unknown client and a revoked one with invalid_client", async () => {
    const wrong = await tokenRequest({
      form: { grant_type: "client_credentials" },
      authorization: basic(integrator.id, `${integrator.secret}x`),
    });
    expectOAuthError(wrong, 401, "invalid_client");
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    const unknown = await tokenRequest({ form: { grant_type: "client_credentials", client_id: "cli_nope", client_secret: "x" } });
    expectOAuthError(unknown, 401, "invalid_client");
    expect(unknown.headers.get("www-authenticate")).toBeNull();

    const gone = await newClient(inst.test, "viewer");
    expect((await call("DELETE", `/v1/oauth/clients/${gone.id}`, { key: inst.test })).status).toBe(200);
    expectOAuthError(
      await tokenRequest({ form: { grant_type: "client_credentials" }, authorization: basic(gone.id, gone.secret) }),
      401,
      "invalid_client",
    );
  });

  it("refuses other grants and malformed requests in RFC 6749's shape", async () => {
    expectOAuthError(
      await tokenRequest({ form: { grant_type: "password" }, authorization: basic(integrator.id, integrator.secret) }),
      400,
      "unsupported_grant_type",
    );
    expectOAuthError(await tokenRequest({ form: {}, authorization: basic(integrator.id, integrator.secret) }), 400, "invalid_request");
    const text = await call("POST", "/v1/oauth/token", { raw: "grant_type=client_credentials", headers: { "content-type": "text/plain" } });
    expectOAuthError(text, 400, "invalid_request");
    const huge = await call("POST", "/v1/oauth/token", { raw: "a".repeat(9000), headers: { "content-type": FORM } });
    expectOAuthError(huge, 400, "invalid_request");
  });
});

describe("access tokens on the API", () => {
  it("act with their scopes in their client's tenant, and 403 beyond them", async () => {
    const created = await call("POST", "/v1/smes", { key: inst.test, body: { sme_id: "OAUTH_1", sector: "commerce", country: "SN" } });
    expect(created.status).toBe(201);
    const token = await tokenFor(integrator, "smes:read");
    expect((await call("GET", "/v1/smes/OAUTH_1", { key: token })).status).toBe(200);
    const denied = await call("POST", "/v1/smes", { key: token, body: { sme_id: "OAUTH_2", sector: "commerce", country: "SN" } });
    expect(denied.status).toBe(403);
    expect(denied.json.error.code).toBe("insufficient_scope");
    // The live environment is another tenant: the test client's token cannot see its SMEs.
    await call("POST", "/v1/smes", { key: inst.live, body: { sme_id: "LIVE_ONLY", sector: "commerce", country: "SN" } });
    expect((await call("GET", "/v1/smes/LIVE_ONLY", { key: token })).status).toBe(404);
  });

  it("stop working at once when their client is revoked", async () => {
    const client = await newClient(inst.test, "viewer");
    const token = await tokenFor(client);
    expect((await call("GET", "/v1/smes", { key: token })).status).toBe(200);
    await call("DELETE", `/v1/oauth/clients/${client.id}`, { key: inst.test });
    const res = await call("GET", "/v1/smes", { key: token });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("invalid_token");
  });

  it("a token signed with the previous key still verifies (rotation); an unknown kid does not", async () => {
    const [current, previous] = signingJwks();
    const jwks = (await call("GET", "/.well-known/jwks.json")).json.keys;
    expect(jwks.map((k: { kid: string }) => k.kid)).toEqual([current!.kid, previous!.kid]);
    expect(jwks[0]).toEqual({ kty: "RSA", kid: current!.kid, n: current!.n, e: current!.e, alg: "RS256", use: "sig" });

    const claims = claimsFor(integrator.id, inst.id, "smes:read");
    const header = { alg: "RS256", typ: "at+jwt", kid: previous!.kid };
    expect((await call("GET", "/v1/smes", { key: await forge(header, claims, { jwk: previous! }) })).status).toBe(200);
    // Signed with the previous key but naming the current kid: the signature does not match.
    const mislabelled = await forge({ ...header, kid: current!.kid }, claims, { jwk: previous! });
    expect((await call("GET", "/v1/smes", { key: mislabelled })).status).toBe(401);
    const unknownKid = await forge({ ...header, kid: "retired" }, claims, { jwk: previous! });
    expect((await call("GET", "/v1/smes", { key: unknownKid })).status).toBe(401);
  });

  describe("refuses tampered tokens with 401 invalid_token", () => {
    const cases: [string, () => Promise<string> | string][] = [
      ["a changed claim (scope widened)", () => `${h}.${encodeJson({ ...payload, scope: "smes:read smes:write" })}.${s}`],
      ["a changed claim (another institution)", () => `${h}.${encodeJson({ ...payload, institution_id: "ins_other" })}.${s}`],
      ["alg none, no signature", () => `${encodeJson({ ...header, alg: "none" })}.${p}.`],
      ["alg none, kept signature", () => `${encodeJson({ ...header, alg: "none" })}.${p}.${s}`],
      ["HS256 keyed with the public JWK", () => forge({ ...header, alg: "HS256" }, payload, { hmacSecret: JSON.stringify(publicJwk) })],
      ["HS256 keyed with the modulus", () => forge({ ...header, alg: "HS256" }, payload, { hmacSecret: publicJwk.n })],
      ["expired", () => signed({ iat: payload.iat - 1000, exp: payload.iat - 1 })],
      ["a wrong audience", () => signed({ aud: "https://elsewhere.example/v1" })],
      ["a wrong issuer", () => signed({ iss: "https://elsewhere.example" })],
      ["another type (a plain JWT)", () => signed({}, { typ: "JWT" })],
      ["a fourth segment", () => `${good}.x`],
      ["garbage", () => "not-a-token"],
    ];
    for (const [name, make] of cases) {
      it(name, async () => {
        expect((await call("GET", "/v1/smes", { key: good })).status).toBe(200);
        const res = await call("GET", "/v1/smes", { key: await make() });
        expect(res.status).toBe(401);
        expect(res.json.error.code).toBe("invalid_token");
        expect(res.headers.get("www-authenticate")).toMatch(/^Bearer .*error="invalid_token"/);
      });
    }

    it("says when the only fault is expiry, so the client knows to get a new token", async () => {
      const res = await call("GET", "/v1/smes", { key: await signed({ iat: payload.iat - 1000, exp: payload.iat - 1 }) });
      expect(res.json.error.message).toMatch(/expired/);
    });
  });
});

describe("issuer and audience come from configuration, never from the Host header", () => {
  const at = (host: string, path: string, init: RequestInit) => exports.default.fetch(`https://${host}${path}`, init);

  it("a token asked for at another host still names the configured issuer", async () => {
    const res = await at("evil.example", "/v1/oauth/token", {
      method: "POST",
      headers: { "content-type": FORM, authorization: basic(integrator.id, integrator.secret) },
      body: "grant_type=client_credentials",
    });
    expect(res.status).toBe(200);
    const token = ((await res.json()) as { access_token: string }).access_token;
    expect(decodeJson(token.split(".")[1]!)).toMatchObject({ iss: env.API_ISSUER, aud: `${env.API_ISSUER}/v1` });
  });

  it("a token naming another host is refused, even when presented to that host", async () => {
    const evil = await signed({ iss: "https://evil.example", aud: "https://evil.example/v1" });
    const res = await at("evil.example", "/v1/smes", { headers: { authorization: `Bearer ${evil}` } });
    expect(res.status).toBe(401);
    expect(env.API_ISSUER).toBe(ORIGIN);
  });
});
