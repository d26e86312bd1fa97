/**
 * ISO 13616 IBAN check (mod 97), as UEMOA banks print their 28-character numbers
 * (`SN08SN0100152000048500003035`: country, check digits, bank, branch, account, RIB key).
 */
const IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;

/** The IBAN without spaces, in upper case: the form it is stored and matched in. */
export const normalizeIban = (iban: string) => iban.replace(/\s+/g, "").toUpperCase();

export function isValidIban(input: string): boolean {
  const iban = normalizeIban(input);
  if (!IBAN_SHAPE.test(iban)) return false;
  // Country and check digits move to the end; letters count as 10–35; the whole is ≡ 1 (mod 97).
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}
