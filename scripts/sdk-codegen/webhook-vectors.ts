// Shared Standard Webhooks test vectors for every SDK, signed by the reference `standardwebhooks`
// package so each SDK's verifier is checked against the same outside implementation.
// `npm run sdk:generate` writes sdk/test-vectors/webhooks.json; the drift test regenerates it.
import { Webhook } from "standardwebhooks";

// Fixed inputs: the file is byte-for-byte reproducible. Secrets are whsec_ + base64 of 32 bytes.
const SECRET = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
const OLD_SECRET = `whsec_${Buffer.alloc(32, 3).toString("base64")}`;
const WRONG_SECRET = `whsec_${Buffer.alloc(32, 9).toString("base64")}`;
const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
const ID = "evt_4HqZ0bT1nWc8yEo2LkP5sRxA";
const PAYLOAD = JSON.stringify({
  id: ID,
  event: "score.downgraded",
  environment: "test",
  sme_id: "SME_8421",
  from: { score: 648, grade: "B", pd: 0.0169 },
  to: { score: 571, grade: "C", pd: 0.047 },
  reason: "inflow_trend",
  occurred_at: "2026-01-01T00:00:00Z",
});

const sign = (secret: string, timestamp: number, payload = PAYLOAD) => new Webhook(secret).sign(ID, new Date(timestamp * 1000), payload);

interface Vector {
  name: string;
  secret: string;
  /** Seconds since the epoch to verify at. */
  now: number;
  payload: string;
  headers: Record<string, string>;
  valid: boolean;
}

const headers = (timestamp: number, signature: string) => ({
  "webhook-id": ID,
  "webhook-timestamp": String(timestamp),
  "webhook-signature": signature,
});

export function webhookVectors(): { tolerance_seconds: number; vectors: Vector[] } {
  const vectors: Vector[] = [
    { name: "valid", secret: SECRET, now: NOW, payload: PAYLOAD, headers: headers(NOW, sign(SECRET, NOW)), valid: true },
    {
      name: "valid within tolerance",
      secret: SECRET,
      now: NOW + 299,
      payload: PAYLOAD,
      headers: headers(NOW, sign(SECRET, NOW)),
      valid: true,
    },
    {
      name: "tampered body",
      secret: SECRET,
      now: NOW,
      payload: PAYLOAD.replace('"score":571', '"score":871'),
      headers: headers(NOW, sign(SECRET, NOW)),
      valid: false,
    },
    { name: "wrong secret", secret: WRONG_SECRET, now: NOW, payload: PAYLOAD, headers: headers(NOW, sign(SECRET, NOW)), valid: false },
    { name: "stale timestamp", secret: SECRET, now: NOW + 301, payload: PAYLOAD, headers: headers(NOW, sign(SECRET, NOW)), valid: false },
    {
      name: "timestamp in the future",
      secret: SECRET,
      now: NOW - 301,
      payload: PAYLOAD,
      headers: headers(NOW, sign(SECRET, NOW)),
      valid: false,
    },
    {
      name: "rotated secret, new one verifies",
      secret: SECRET,
      now: NOW,
      payload: PAYLOAD,
      headers: headers(NOW, `${sign(SECRET, NOW)} ${sign(OLD_SECRET, NOW)}`),
      valid: true,
    },
    {
      name: "rotated secret, old one verifies",
      secret: OLD_SECRET,
      now: NOW,
      payload: PAYLOAD,
      headers: headers(NOW, `${sign(SECRET, NOW)} ${sign(OLD_SECRET, NOW)}`),
      valid: true,
    },
    {
      name: "rotated secret, neither matches",
      secret: WRONG_SECRET,
      now: NOW,
      payload: PAYLOAD,
      headers: headers(NOW, `${sign(SECRET, NOW)} ${sign(OLD_SECRET, NOW)}`),
      valid: false,
    },
    {
      name: "signature for another timestamp",
      secret: SECRET,
      now: NOW,
      payload: PAYLOAD,
      headers: headers(NOW, sign(SECRET, NOW - 1)),
      valid: false,
    },
    {
      name: "unknown signature version",
      secret: SECRET,
      now: NOW,
      payload: PAYLOAD,
      headers: headers(NOW, sign(SECRET, NOW).replace("v1,", "v2,")),
      valid: false,
    },
    {
      name: "missing signature",
      secret: SECRET,
      now: NOW,
      payload: PAYLOAD,
      headers: { "webhook-id": ID, "webhook-timestamp": String(NOW) },
      valid: false,
    },
  ];
  return { tolerance_seconds: 300, vectors };
}
