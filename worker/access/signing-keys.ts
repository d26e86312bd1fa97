import { z } from "zod";

/** What `GET /.well-known/jwks.json` publishes of a signing key: never `d` or the primes. */
export interface PublicJwk {
  kty: "RSA";
  kid: string;
  n: string;
  e: string;
  alg: "RS256";
  use: "sig";
}

export interface SigningKeys {
  /** The first key of the secret: it signs every new token. */
  current: { kid: string; key: CryptoKey };
  /** Every key of the secret by kid: tokens signed with any of them verify (rotation). */
  verifiers: ReadonlyMap<string, CryptoKey>;
  jwks: PublicJwk[];
}

const PrivateRsaJwk = z.object({
  kty: z.literal("RSA"),
  kid: z.string().min(1).max(100),
  n: z.string().min(1),
  e: z.string().min(1),
  d: z.string().min(1),
  p: z.string().min(1),
  q: z.string().min(1),
  dp: z.string().min(1),
  dq: z.string().min(1),
  qi: z.string().min(1),
});
const Secret = z
  .array(PrivateRsaJwk)
  .min(1)
  .refine((keys) => new Set(keys.map((k) => k.kid)).size === keys.length, "kids must be unique");

const RS256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;

async function load(secret: string): Promise<SigningKeys> {
  let parsed: z.infer<typeof Secret>;
  try {
    parsed = Secret.parse(JSON.parse(secret));
  } catch {
    // Never echo the secret: only say which one is wrong.
    throw new Error("JWT_SIGNING_KEYS is not a JSON array of private RSA JWKs with unique kids");
  }
  const verifiers = new Map<string, CryptoKey>();
  const jwks: PublicJwk[] = [];
  for (const { kid, n, e } of parsed) {
    const pub = { kty: "RSA", n, e, alg: "RS256", ext: true };
    verifiers.set(kid, await crypto.subtle.importKey("jwk", pub, RS256, false, ["verify"]));
    jwks.push({ kty: "RSA", kid, n, e, alg: "RS256", use: "sig" });
  }
  const { kid, ...priv } = parsed[0]!;
  const key = await crypto.subtle.importKey("jwk", { ...priv, alg: "RS256", ext: true }, RS256, false, ["sign"]);
  return { current: { kid, key }, verifiers, jwks };
}

let cached: { secret: string; keys: Promise<SigningKeys> } | undefined;

/**
 * The `JWT_SIGNING_KEYS` Worker secret: a JSON array of private RSA JWKs, each with a `kid`.
 * The first signs; all of them verify and are published, so during a rotation tokens signed
 * with the previous key keep working until they expire. Imported once per isolate.
 */
export function signingKeys(secret: string | undefined): Promise<SigningKeys> {
  if (!secret) return Promise.reject(new Error("JWT_SIGNING_KEYS is not set"));
  if (cached?.secret !== secret) cached = { secret, keys: load(secret) };
  return cached.keys;
}
