import { exports } from "cloudflare:workers";
import { NotFoundError, Score360 } from "@score360/sdk";
import { Webhook } from "standardwebhooks";
import { expect, it } from "vitest";
import { ADMIN_TOKEN } from "../../../../test/workers/api";

// Inside workerd, as a bank's own Worker would run it: no Node APIs, the Worker's fetch, WebCrypto.
const workerFetch: typeof fetch = (input, init) => exports.default.fetch(input, init);
const baseUrl = "https://api.score360.test/v1";

it("runs in a Worker: requests, pagination, typed errors and webhook verification", async () => {
  const operator = new Score360({ apiKey: ADMIN_TOKEN, baseUrl, fetch: workerFetch });
  const institution = await operator.institutions.create({ name: "Worker Bank" });
  const client = new Score360({ apiKey: institution.apiKeys.test.secret, baseUrl, fetch: workerFetch });

  expect(await client.smes.list({ limit: 20 }).toArray({ limit: 45 })).toHaveLength(45);
  expect(await client.scores.create({ smeId: "SME_TEST_AGRICULTURE_A" })).toMatchObject({ smeId: "SME_TEST_AGRICULTURE_A", grade: "A" });
  await expect(client.smes.retrieve("NOPE")).rejects.toBeInstanceOf(NotFoundError);

  const secret = `whsec_${btoa("a Worker verifies with WebCrypto")}`;
  const body = JSON.stringify({ id: "evt_1", event: "sme.erased", sme_id: "SME_1", occurred_at: "2026-06-06T08:40:11Z" });
  const at = new Date();
  const headers = new Headers({
    "webhook-id": "msg_1",
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign("msg_1", at, body),
  });
  expect(await client.webhooks.verify(body, headers, secret)).toMatchObject({ smeId: "SME_1", occurredAt: "2026-06-06T08:40:11Z" });
});
