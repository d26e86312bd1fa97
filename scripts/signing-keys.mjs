// A fresh JWT_SIGNING_KEYS value: a JSON array of private RSA JWKs (RS256), each with a `kid`.
// The first signs tokens; every one verifies them (see docs/security.md, "Key rotation").
import { generateKeyPairSync, randomUUID } from "node:crypto";

export function newSigningKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid: randomUUID(), ...privateKey.export({ format: "jwk" }) };
}

/** `count` keys, newest first, as the secret's JSON. */
export const newSigningKeys = (count = 1) => JSON.stringify(Array.from({ length: count }, newSigningKey));
