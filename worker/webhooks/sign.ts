/**
 * Standard Webhooks signing (spec v1): `webhook-signature` is a space-separated list of
 * `v1,<base64 HMAC-SHA256(secret, "<id>.<timestamp>.<body>")>`, one per secret in force, so a
 * receiver using any Standard Webhooks library verifies it, also while a secret rotates.
 */
const encoder = new TextEncoder();
const PREFIX = "whsec_";

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A fresh endpoint secret: `whsec_` and the base64 of 32 random bytes. */
export const newWebhookSecret = () => PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(32)));

async function sign(secret: string, content: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", fromBase64(secret.slice(PREFIX.length)), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  return `v1,${toBase64(new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(content))))}`;
}

/** The three headers of one delivery attempt; `timestamp` is in Unix seconds. */
export async function webhookHeaders(secrets: readonly string[], id: string, timestamp: number, body: string) {
  const content = `${id}.${timestamp}.${body}`;
  const signatures = await Promise.all(secrets.map((s) => sign(s, content)));
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signatures.join(" "),
  };
}
