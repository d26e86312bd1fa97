import type { Tenant } from "../http/context";

const encoder = new TextEncoder();

/**
 * The other party of a payment as the ledger keeps it: a hash of its account or alias, salted
 * with the institution and environment, so the same payer gives the same value across messages
 * (concentration works) while no account number or name is stored, nor comparable between
 * institutions. One digest per distinct party: a year's statement names a few dozen parties in
 * thousands of entries.
 */
export async function hashCounterparties(p: Tenant, refs: Iterable<string>): Promise<Map<string, string>> {
  const distinct = [...new Set(refs)];
  const tokens = await Promise.all(
    distinct.map((ref) => crypto.subtle.digest("SHA-256", encoder.encode(`${p.institutionId}:${p.environment}:${ref}`)).then(toToken)),
  );
  return new Map(distinct.map((ref, i) => [ref, tokens[i]!]));
}

/** `cp_` and 128 bits of the digest, base64url. */
function toToken(digest: ArrayBuffer): string {
  const bytes = new Uint8Array(digest, 0, 16);
  return `cp_${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "")}`;
}
