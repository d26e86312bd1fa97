import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { WebhookVerificationError } from "../../src/core/errors";
import { Webhooks } from "../../src/webhooks";

const secret = `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;
const payload = JSON.stringify({
  id: "evt_1",
  event: "score.downgraded",
  environment: "test",
  sme_id: "SME_1",
  from: null,
  to: null,
  reason: "inflow_trend",
  occurred_at: "2026-06-06T08:40:11Z",
});

/** Headers as the reference implementation signs them. */
function signed(body: string, at = new Date(), key = secret) {
  const id = "msg_1";
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(key).sign(id, at, body),
  };
}

const verify = (body: unknown, headers: Record<string, string> | Headers, key = secret, opts?: { toleranceSeconds?: number }) =>
  new Webhooks().verify(body as string, headers, key, opts);

describe("webhooks.verify against the standardwebhooks package", () => {
  it("accepts what the reference signs, as a string, bytes or with Headers, and returns the event camelCased", async () => {
    const headers = signed(payload);
    const event = await verify(payload, headers);
    expect(event).toMatchObject({ id: "evt_1", smeId: "SME_1", occurredAt: "2026-06-06T08:40:11Z" });
    expect(await verify(new TextEncoder().encode(payload), new Headers(headers))).toEqual(event);
    expect(await verify(new TextEncoder().encode(payload).buffer, { ...headers, "Webhook-Id": headers["webhook-id"] })).toEqual(event);
  });

  it("agrees with the reference on a delivery signed with two secrets (rotation)", async () => {
    const other = `whsec_${btoa("another secret of 32 bytes, okay")}`;
    const a = signed(payload);
    const b = signed(payload, new Date(Number(a["webhook-timestamp"]) * 1000), other);
    const headers = { ...a, "webhook-signature": `${a["webhook-signature"]} ${b["webhook-signature"]}` };
    expect(await verify(payload, headers, other)).toMatchObject({ id: "evt_1" });
    expect(new Webhook(other).verify(payload, headers)).toBeTruthy();
  });

  it("refuses re-serialised JSON, saying to pass the raw body", async () => {
    const spaced = JSON.stringify(JSON.parse(payload), null, 2);
    const headers = signed(spaced);
    await expect(verify(JSON.stringify(JSON.parse(spaced)), headers)).rejects.toThrow(/raw request body/);
    await expect(verify(JSON.parse(spaced), headers)).rejects.toThrow(/not a string or bytes.*raw request body/);
    expect(() => new Webhook(secret).verify(JSON.stringify(JSON.parse(spaced)), headers)).toThrow();
  });

  it("refuses a tampered body, a wrong secret and a stale or future timestamp", async () => {
    const headers = signed(payload);
    await expect(verify(payload.replace("SME_1", "SME_2"), headers)).rejects.toBeInstanceOf(WebhookVerificationError);
    await expect(verify(payload, headers, `whsec_${btoa("x".repeat(32))}`)).rejects.toThrow(/No webhook-signature matches/);
    const stale = signed(payload, new Date(Date.now() - 6 * 60_000));
    await expect(verify(payload, stale)).rejects.toThrow(/more than 300 s from now/);
    expect(() => new Webhook(secret).verify(payload, stale)).toThrow();
    await expect(verify(payload, signed(payload, new Date(Date.now() + 6 * 60_000)))).rejects.toThrow(/from now/);
    expect(await verify(payload, stale, secret, { toleranceSeconds: 600 })).toMatchObject({ id: "evt_1" });
  });

  it("refuses missing headers and a malformed secret with a clear message", async () => {
    await expect(verify(payload, {})).rejects.toThrow(/Missing webhook-id/);
    await expect(verify(payload, signed(payload), "whsec_not base64!")).rejects.toThrow(/not a whsec_ secret/);
  });
});
