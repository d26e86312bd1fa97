import { z } from "zod";
import { ENVIRONMENTS } from "../../schema/columns";

/**
 * Pure checks of an RS256 access token (RFC 9068, RFC 8725): no I/O, no Workers API, so each
 * refusal is unit-tested on its own. The signature is checked elsewhere, with the key the
 * header's `kid` names, and only after `checkHeader` accepted the header.
 */

export const TOKEN_TYPE = "at+jwt";
export const TOKEN_ALGORITHM = "RS256";

export type TokenRefusal =
  | "malformed"
  | "algorithm"
  | "type"
  | "signature"
  | "claims"
  | "issuer"
  | "audience"
  | "expired"
  | "not_yet_valid";

export const AccessTokenClaims = z.object({
  iss: z.string(),
  aud: z.union([z.string(), z.array(z.string())]),
  sub: z.string(),
  client_id: z.string(),
  scope: z.string(),
  iat: z.int(),
  exp: z.int(),
  jti: z.string(),
  institution_id: z.string(),
  environment: z.enum(ENVIRONMENTS),
});
export type AccessTokenClaims = z.infer<typeof AccessTokenClaims>;

const Header = z.object({ alg: z.string(), typ: z.string().optional(), kid: z.string().optional() });

/**
 * The algorithm comes from our allow-list, never from the token: anything but RS256 (`none`,
 * HS256 signed with our public key as the HMAC secret, …) is refused before a key is chosen.
 * RFC 9068 §4: the type must be `at+jwt` (or `application/at+jwt`), so an ID token or any other
 * JWT signed by the same key cannot pass for an access token.
 */
export function checkHeader(header: unknown): { ok: true; kid: string } | { ok: false; reason: TokenRefusal } {
  const parsed = Header.safeParse(header);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const { alg, typ, kid } = parsed.data;
  if (alg !== TOKEN_ALGORITHM) return { ok: false, reason: "algorithm" };
  if (typ?.toLowerCase().replace(/^application\//, "") !== TOKEN_TYPE) return { ok: false, reason: "type" };
  if (!kid) return { ok: false, reason: "malformed" };
  return { ok: true, kid };
}

export interface Expected {
  issuer: string;
  audience: string;
  /** Seconds since the epoch. */
  now: number;
}

/** Allowed disagreement between our clocks for `iat`; `exp` gets none. */
const SKEW_SECONDS = 60;

/**
 * Claims of a token whose signature verified. `claims` is returned even when refused (expired,
 * other audience…): our signature vouches for who it names, so the refusal can be audited.
 */
export function checkClaims(
  payload: unknown,
  expected: Expected,
): { ok: true; claims: AccessTokenClaims } | { ok: false; reason: TokenRefusal; claims?: AccessTokenClaims } {
  const parsed = AccessTokenClaims.safeParse(payload);
  if (!parsed.success || parsed.data.sub !== parsed.data.client_id) return { ok: false, reason: "claims" };
  const claims = parsed.data;
  const audiences = typeof claims.aud === "string" ? [claims.aud] : claims.aud;
  if (claims.iss !== expected.issuer) return { ok: false, reason: "issuer", claims };
  if (!audiences.includes(expected.audience)) return { ok: false, reason: "audience", claims };
  if (claims.exp <= expected.now) return { ok: false, reason: "expired", claims };
  if (claims.iat > expected.now + SKEW_SECONDS) return { ok: false, reason: "not_yet_valid", claims };
  return { ok: true, claims };
}
