import { env } from "cloudflare:workers";
import { call } from "./api";

/** Helpers to get and to forge access tokens, independent of the code under test. */

export const ORIGIN = "https://api.score360.test";
export const FORM = "application/x-www-form-urlencoded";

export const basic = (id: string, secret: string) => `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`;

export async function newClient(adminKey: string, role: string, name = `client ${role}`) {
  const res = await call("POST", "/v1/oauth/clients", { key: adminKey, body: { name, role } });
  if (res.status !== 201) throw new Error(`client: ${res.status} ${res.text}`);
  return { id: res.json.client_id as string, secret: res.json.client_secret as string };
}

export const tokenRequest = (opts: { form?: Record<string, string>; json?: Record<string, unknown>; authorization?: string }) =>
  call("POST", "/v1/oauth/token", {
    raw: opts.form ? new URLSearchParams(opts.form).toString() : JSON.stringify(opts.json),
    headers: {
      "content-type": opts.form ? FORM : "application/json",
      ...(opts.authorization ? { authorization: opts.authorization } : {}),
    },
  });

export async function tokenFor(client: { id: string; secret: string }, scope?: string) {
  const res = await tokenRequest({
    form: { grant_type: "client_credentials", ...(scope ? { scope } : {}) },
    authorization: basic(client.id, client.secret),
  });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${res.text}`);
  return res.json.access_token as string;
}

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/=+$/, "")
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
export const encodeJson = (value: unknown) => b64url(new TextEncoder().encode(JSON.stringify(value)));
export const decodeJson = (segment: string) => JSON.parse(atob(segment.replace(/-/g, "+").replace(/_/g, "/")));

export type PrivateJwk = JsonWebKey & { kid: string };
export const signingJwks = () => JSON.parse(env.JWT_SIGNING_KEYS) as PrivateJwk[];

/** A compact JWS over exactly this header and payload, signed RS256 with `jwk` or HS256 with `hmacSecret`. */
export async function forge(header: object, payload: object, key: { jwk: PrivateJwk } | { hmacSecret: string }) {
  const input = `${encodeJson(header)}.${encodeJson(payload)}`;
  const data = new TextEncoder().encode(input);
  let signature: ArrayBuffer;
  if ("jwk" in key) {
    const { kid: _kid, ...jwk } = key.jwk;
    const k = await crypto.subtle.importKey("jwk", jwk, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"]);
    signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", k, data);
  } else {
    const k = await crypto.subtle.importKey("raw", new TextEncoder().encode(key.hmacSecret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    signature = await crypto.subtle.sign("HMAC", k, data);
  }
  return `${input}.${b64url(new Uint8Array(signature))}`;
}

/** Claims as our token endpoint would issue them for `client`, valid now. */
export function claimsFor(clientId: string, institutionId: string, scope: string) {
  const iat = Math.floor(Date.now() / 1000);
  return {
    iss: ORIGIN,
    aud: `${ORIGIN}/v1`,
    sub: clientId,
    client_id: clientId,
    scope,
    iat,
    exp: iat + 600,
    jti: crypto.randomUUID(),
    institution_id: institutionId,
    environment: "test",
  };
}
