import jwt from "@tsndr/cloudflare-worker-jwt";
import type { SigningKeys } from "./signing-keys";
import {
  type AccessTokenClaims,
  checkClaims,
  checkHeader,
  type Expected,
  TOKEN_ALGORITHM,
  TOKEN_TYPE,
  type TokenRefusal,
} from "./token-claims";

/** Short-lived: a leaked token is worth 15 minutes, and a revoked client is refused at once anyway. */
export const ACCESS_TOKEN_TTL_SECONDS = 900;

/**
 * Who issues and who accepts our tokens: the `API_ISSUER` configured for this deployment (its
 * public origin, in wrangler.toml), and its `/v1` API. Never the request's Host header, which
 * the caller chooses. A token issued by another deployment (staging, another hostname) is
 * refused here even though it is signed with a key we might share. Unset or not a bare origin:
 * an error (500), no token issued or accepted.
 */
export function tokenParties(configured: string | undefined) {
  let origin: string | null = null;
  try {
    origin = configured ? new URL(configured).origin : null;
  } catch {
    origin = null;
  }
  if (!origin || origin !== configured) throw new Error("API_ISSUER is not an origin such as https://api.example.com");
  return { issuer: origin, audience: `${origin}/v1` };
}

export async function signAccessToken(keys: SigningKeys, claims: AccessTokenClaims): Promise<string> {
  return jwt.sign(claims, keys.current.key, {
    algorithm: TOKEN_ALGORITHM,
    header: { typ: TOKEN_TYPE, kid: keys.current.kid },
  });
}

function decodeSegment(segment: string): unknown {
  const bytes = Uint8Array.from(atob(segment.replace(/-/g, "+").replace(/_/g, "/")), (ch) => ch.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

export type TokenCheck = { ok: true; claims: AccessTokenClaims } | { ok: false; reason: TokenRefusal; claims?: AccessTokenClaims };

/**
 * Verifies a bearer access token. The header is checked first, by us (RS256 and `at+jwt` only;
 * the library's own algorithm table includes `none`), then the signature with the key its `kid`
 * names among the current and previous keys, then the claims.
 */
export async function verifyAccessToken(keys: SigningKeys, token: string, expected: Expected): Promise<TokenCheck> {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return { ok: false, reason: "malformed" };
  let header: unknown;
  try {
    header = decodeSegment(parts[0]!);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const head = checkHeader(header);
  if (!head.ok) return head;
  const key = keys.verifiers.get(head.kid);
  if (!key) return { ok: false, reason: "signature" };
  let verified: Awaited<ReturnType<typeof jwt.verify>>;
  try {
    // Time claims are checked by checkClaims (pure, tested): an infinite tolerance makes the
    // library check only the algorithm and the signature, before we trust any claim.
    verified = await jwt.verify(token, key, { algorithm: TOKEN_ALGORITHM, clockTolerance: Infinity });
  } catch {
    verified = undefined;
  }
  if (!verified) return { ok: false, reason: "signature" };
  return checkClaims(verified.payload, expected);
}
