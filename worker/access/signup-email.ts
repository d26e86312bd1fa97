import { sha256Hex } from "../lib/crypto";

/**
 * The form of an address that decides "same person": trimmed, Unicode-normalised, lower-cased,
 * and without a `+tag` in the local part (so `ama+1@bank.sn` and `Ama@bank.sn` are one
 * signup). Provider-specific rules (Gmail's dots) are left alone: they are not universal.
 */
export function normaliseEmail(raw: string): string {
  const email = raw.trim().normalize("NFKC").toLowerCase();
  const at = email.lastIndexOf("@");
  const local = email.slice(0, at).replace(/\+.*$/, "");
  return `${local}${email.slice(at)}`;
}

/** What the signups table keeps instead of the address. */
export const emailHash = (raw: string) => sha256Hex(`sandbox-signup:${normaliseEmail(raw)}`);
