import type { Tenant } from "../http/context";

const encoder = new TextEncoder();

/**
 * The other party of a payment as the ledger keeps it: a hash of its account or alias, salted
 * with the institution and environment, so the same payer gives the same value across messages
 * (concentration works) while no account number or name is stored, nor comparable between
 * institutions. One digest per distinct party per request.
 */
export function counterpartyHasher(p: Tenant) {
  const memo = new Map<string, Promise<string>>();
  return (ref: string): Promise<string> => {
    let hashed = memo.get(ref);
    if (!hashed) {
      hashed = crypto.subtle.digest("SHA-256", encoder.encode(`${p.institutionId}:${p.environment}:${ref}`)).then(toToken);
      memo.set(ref, hashed);
    }
    return hashed;
  };
}

/** `cp_` and 128 bits of the digest, base64url. */
function toToken(digest: ArrayBuffer): string {
  const bytes = new Uint8Array(digest, 0, 16);
  return `cp_${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "")}`;
}
