import type { Role } from "../../schema";
import { OAuthError } from "../http/oauth-errors";
import { ROLE_SCOPES, SCOPES, type Scope } from "../http/scopes";
import { jsonDepth, MAX_JSON_DEPTH } from "../lib/json-depth";

/**
 * Reads a client credentials token request (RFC 6749 §4.4) from its raw parts: pure, so every
 * malformed shape is unit-tested without HTTP. Client authentication is `client_secret_basic`
 * (RFC 6749 §2.3.1: form-encoded id and secret inside HTTP Basic) or `client_secret_post`, never
 * both; the body is form-encoded (the RFC's) or JSON (what our other routes take).
 */
export interface TokenRequest {
  clientId: string;
  clientSecret: string;
  usedBasic: boolean;
  scope: string | undefined;
}

const FIELDS = ["grant_type", "scope", "client_id", "client_secret"] as const;
type Field = (typeof FIELDS)[number];
const MAX_FIELD = 1024;

function formParams(body: string): Partial<Record<Field, string>> {
  const params = new URLSearchParams(body);
  const out: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const values = params.getAll(field);
    // RFC 6749 §3.2: a parameter MUST NOT be sent more than once.
    if (values.length > 1) throw new OAuthError("invalid_request", `\`${field}\` is sent more than once.`);
    if (values.length === 1) out[field] = values[0];
  }
  return out;
}

function jsonParams(body: string): Partial<Record<Field, string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new OAuthError("invalid_request", "The body is not valid JSON.");
  }
  if (jsonDepth(parsed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new OAuthError("invalid_request", "The body nests too deep.");
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new OAuthError("invalid_request", "The body must be a JSON object.");
  }
  const out: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const value = (parsed as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (typeof value !== "string") throw new OAuthError("invalid_request", `\`${field}\` must be a string.`);
    out[field] = value;
  }
  return out;
}

function bodyParams(contentType: string, body: string) {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  // Unknown parameters are ignored, as RFC 6749 §3.2 requires.
  if (type === "application/x-www-form-urlencoded") return formParams(body);
  if (type === "application/json") return jsonParams(body);
  throw new OAuthError("invalid_request", "Send the body as application/x-www-form-urlencoded or application/json.");
}

const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));

function basicCredentials(authorization: string): { clientId: string; clientSecret: string } {
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(authorization);
  if (!match) throw OAuthError.invalidClient(true);
  try {
    const decoded = atob(match[1]!);
    const colon = decoded.indexOf(":");
    if (colon < 0) throw new Error("no colon");
    return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    throw OAuthError.invalidClient(true);
  }
}

export function parseTokenRequest(input: { contentType: string; body: string; authorization: string | undefined }): TokenRequest {
  const params = bodyParams(input.contentType, input.body);
  for (const field of FIELDS) {
    if ((params[field]?.length ?? 0) > MAX_FIELD) throw new OAuthError("invalid_request", `\`${field}\` is too long.`);
  }
  if (!params.grant_type) throw new OAuthError("invalid_request", "`grant_type` is required.");
  if (params.grant_type !== "client_credentials") {
    throw new OAuthError("unsupported_grant_type", "Only `client_credentials` is supported.");
  }
  if (input.authorization !== undefined) {
    if (params.client_secret !== undefined) {
      throw new OAuthError("invalid_request", "Authenticate with HTTP Basic or `client_secret`, not both.");
    }
    const basic = basicCredentials(input.authorization);
    if (params.client_id !== undefined && params.client_id !== basic.clientId) {
      throw new OAuthError("invalid_request", "`client_id` differs from the one in the Authorization header.");
    }
    return { ...basic, usedBasic: true, scope: params.scope };
  }
  if (!params.client_id || !params.client_secret) throw OAuthError.invalidClient(false);
  return { clientId: params.client_id, clientSecret: params.client_secret, usedBasic: false, scope: params.scope };
}

/**
 * The scopes a token gets: the client's role's, or the requested subset of them. RFC 6749 §3.3:
 * space-delimited; a scope that is unknown, malformed or beyond the role is `invalid_scope`.
 */
export function grantedScopes(requested: string | undefined, role: Role): Scope[] {
  const allowed: readonly Scope[] = ROLE_SCOPES[role];
  if (requested === undefined || requested === "") return [...allowed];
  const asked = requested.split(" ");
  const refused = asked.find((s) => !(SCOPES as readonly string[]).includes(s) || !allowed.includes(s as Scope));
  if (refused !== undefined) {
    throw new OAuthError(
      "invalid_scope",
      refused === "" ? "Separate scopes with single spaces." : `The client may not have \`${refused.slice(0, 64)}\`.`,
    );
  }
  return [...new Set(asked as Scope[])];
}
