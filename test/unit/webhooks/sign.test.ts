import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, webhookHeaders } from "../../../worker/webhooks/sign";

const body = JSON.stringify({ id: "evt_1", event: "score.downgraded", sme_id: "SME_1" });
const now = () => Math.floor(Date.now() / 1000);

describe("Standard Webhooks signing", () => {
  it("makes secrets of whsec_ and 32 random bytes", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(atob(secret.slice(6))).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it("is verified by the standardwebhooks library, byte for byte", async () => {
    const secret = newWebhookSecret();
    const headers = await webhookHeaders([secret], "evt_1", now(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(headers["webhook-signature"]).toBe(
      new Webhook(secret).sign("evt_1", new Date(Number(headers["webhook-timestamp"]) * 1000), body),
    );
  });

  it("fails verification for another secret, a changed body, id or timestamp", async () => {
    const secret = newWebhookSecret();
    const headers = await webhookHeaders([secret], "evt_1", now(), body);
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body.replace("SME_1", "SME_2"), headers)).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...headers, "webhook-id": "evt_2" })).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...headers, "webhook-timestamp": String(now() - 1) })).toThrow();
  });

  it("signs with every secret in force, each verifying on its own", async () => {
    const [old, fresh] = [newWebhookSecret(), newWebhookSecret()];
    const headers = await webhookHeaders([fresh, old], "evt_1", now(), body);
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    for (const s of [old, fresh]) expect(new Webhook(s).verify(body, headers)).toBeTruthy();
  });
});
