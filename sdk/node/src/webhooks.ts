import { toCamel } from "./core/casing.js";
import { WebhookVerificationError } from "./core/errors.js";
import type { WebhookEvent } from "./types.js";

/** Standard Webhooks' default: a delivery signed more than 5 minutes away from now is refused. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;
export type RawBody = string | Uint8Array | ArrayBuffer;

const RAW_BODY_HINT =
  "Verify the raw request body exactly as received (e.g. express.raw(), await request.text()), " +
  "not JSON parsed and re-serialised by a framework, with the endpoint's whsec_ secret.";

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(found) ? found.join(" ") : found;
}

function bytesOf(body: RawBody): Uint8Array {
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new WebhookVerificationError(`The body is a ${typeof body}, not a string or bytes. ${RAW_BODY_HINT}`);
}

const base64Bytes = (value: string) => Uint8Array.from(atob(value), (c) => c.charCodeAt(0));

/** `client.webhooks`: check a delivery is ours and fresh before trusting it. */
export class Webhooks {
  /**
   * Verifies a delivery per Standard Webhooks (HMAC-SHA256 over `id.timestamp.body`, any one of
   * the signatures, the timestamp within `toleranceSeconds`) with WebCrypto, then returns the
   * event, camelCased. Throws `WebhookVerificationError` otherwise. Deduplicate on `webhook-id`.
   */
  async verify(
    rawBody: RawBody,
    headers: WebhookHeaders,
    secret: string,
    options: { toleranceSeconds?: number } = {},
  ): Promise<WebhookEvent> {
    const body = bytesOf(rawBody);
    const id = header(headers, "webhook-id");
    const timestamp = header(headers, "webhook-timestamp");
    const signatures = header(headers, "webhook-signature");
    if (!id || !timestamp || !signatures) {
      throw new WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header.");
    }
    const seconds = Number(timestamp);
    const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
    if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() / 1000 - seconds) > tolerance) {
      throw new WebhookVerificationError(
        `The webhook-timestamp ${timestamp} is more than ${tolerance} s from now: a stale or replayed delivery, or a wrong clock.`,
      );
    }
    let key: CryptoKey;
    try {
      key = await crypto.subtle.importKey("raw", base64Bytes(secret.replace(/^whsec_/, "")), { name: "HMAC", hash: "SHA-256" }, false, [
        "verify",
      ]);
    } catch {
      throw new WebhookVerificationError("The secret is not a whsec_ secret (whsec_ then Base64).");
    }
    const prefix = new TextEncoder().encode(`${id}.${timestamp}.`);
    const signed = new Uint8Array(prefix.length + body.length);
    signed.set(prefix);
    signed.set(body, prefix.length);
    for (const candidate of signatures.split(" ")) {
      const [version, signature] = candidate.split(",", 2);
      if (version !== "v1" || !signature) continue;
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = base64Bytes(signature);
      } catch {
        continue;
      }
      // subtle.verify compares in constant time.
      if (await crypto.subtle.verify("HMAC", key, bytes, signed)) return toCamel<WebhookEvent>(JSON.parse(new TextDecoder().decode(body)));
    }
    throw new WebhookVerificationError(`No webhook-signature matches this body and secret. ${RAW_BODY_HINT}`);
  }
}
