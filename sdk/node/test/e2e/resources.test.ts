import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { http, newInstitution, type RunningApi, startApi } from "../../../../test/e2e/harness";
import { GENERATED_PATH, renderTypes } from "../../scripts/render-types";
import { camt, clientFor, onboardSme } from "./fixtures";

/** The product page's snippet, character for character (the formatter leaves examples/quickstart.mjs alone). */
const SNIPPET = `import { Score360 } from "@score360/sdk";
const client = new Score360({ apiKey: process.env.SCORE360_KEY });
const result = await client.scores.create({ smeId: "SME_8421", sector: "commerce", windowDays: 90 });
console.log(result.score, result.grade); // 782 "A"
`;

let api: RunningApi;
let key: string;
// Starting workerd can take minutes on a busy shared machine: generous hook and test limits.
vi.setConfig({ testTimeout: 180_000 });
beforeAll(async () => {
  api = await startApi();
  key = (await newInstitution(api, "Quickstart Bank")).test;
}, 300_000);
afterAll(() => api?.dispose());

it("runs the product page's snippet verbatim against the Worker", async () => {
  const onboarded = await onboardSme(clientFor(api, key), "SME_8421");
  expect(onboarded.accepted).toBe(onboarded.sent);

  // examples/quickstart.mjs is the snippet character for character; only the environment differs.
  const snippet = fileURLToPath(new URL("../../examples/quickstart.mjs", import.meta.url));
  expect(readFileSync(snippet, "utf8")).toBe(SNIPPET);
  const { stdout } = await promisify(execFile)(process.execPath, [snippet], {
    env: { ...process.env, SCORE360_KEY: key, SCORE360_BASE_URL: `${api.url}/v1` },
  });
  const latest = (await http(api, "GET", "/v1/scores/SME_8421", { key })).json.latest;
  expect(stdout).toBe(`${latest.score} ${latest.grade}\n`);
  expect(latest).toMatchObject({ window_days: 90 });
  expect(latest.score).toBeGreaterThanOrEqual(300);
});

it("has committed types equal to what the running Worker's OpenAPI document generates", async () => {
  const served = await http(api, "GET", "/v1/openapi.json");
  expect(served.status).toBe(200);
  const committed = readFileSync(GENERATED_PATH, "utf8");
  // On failure: `npm run sdk:generate`, then review and commit src/generated/openapi.ts.
  expect(await renderTypes(served.json)).toBe(committed);
  expect(committed.startsWith("// GENERATED FILE: do not edit.")).toBe(true);
});

describe("every resource method against the Worker", () => {
  it("health, JWKS and the operator's institutions", async () => {
    const anonymous = clientFor(api, "unused");
    expect(await anonymous.health.check()).toMatchObject({ status: "ok" });
    expect((await anonymous.jwks.retrieve()).keys[0]).toMatchObject({ kty: "RSA", alg: "RS256" });
    const operator = clientFor(api, api.adminToken);
    const institution = await operator.institutions.create({ name: "SDK Bank" });
    expect(institution).toMatchObject({ object: "institution", apiKeys: { test: { role: "admin" } }, sandbox: { mockSmes: 50 } });
    expect(institution.apiKeys.test.secret).toMatch(/^sk_test_/);
  });

  it("smes, flows and scores, camelCase both ways, metadata keys untouched", async () => {
    const client = clientFor(api, key);
    const sme = await client.smes.create({
      smeId: "SDK_SME",
      sector: "services",
      country: "CI",
      identifiers: { taxId: "0012345 2G3" },
      metadata: { loan_officer: "A. Diallo", branchCode: "ABJ-1" },
    });
    expect(sme).toMatchObject({
      smeId: "SDK_SME",
      identifiers: { taxId: "0012345 2G3" },
      metadata: { loan_officer: "A. Diallo", branchCode: "ABJ-1" },
      latestScore: null,
    });
    expect((await client.smes.update("SDK_SME", { name: "Pharmacie du Plateau" })).name).toBe("Pharmacie du Plateau");
    const ingested = await client.flows.ingest({
      smeId: "SDK_SME",
      flows: [
        { id: "f-1", occurredAt: new Date(Date.now() - 86_400_000).toISOString(), amount: 15_000, direction: "in" },
        { id: "f-2", occurredAt: "not a date", amount: 1, direction: "out" },
      ],
    });
    expect(ingested).toMatchObject({ accepted: 1, duplicates: 0, rejected: [{ index: 1, code: "invalid_occurred_at" }] });
    expect((await client.smes.retrieve("SDK_SME")).flows).toMatchObject({ count: 1 });

    const score = await client.scores.create({ smeId: "SME_TEST_HEALTH_B" });
    expect(score).toMatchObject({ object: "score", smeId: "SME_TEST_HEALTH_B", grade: "B", windowDays: 90 });
    expect(typeof score.signals.cashflowRegularity).toBe("number");
    expect(await client.scores.retrieve("SME_TEST_HEALTH_B", { limit: 1 })).toMatchObject({ latest: { id: score.id }, hasMore: false });

    expect(await client.smes.delete("SDK_SME")).toMatchObject({ object: "erasure", smeId: "SDK_SME", erased: { flows: 1 } });
  });

  it("pages through more than one page: for await, firstPage, toArray", async () => {
    const urls: string[] = [];
    const client = clientFor(api, key, {
      fetch: (input, init) => {
        urls.push(String(input));
        return fetch(input, init);
      },
    });
    const ids: string[] = [];
    for await (const sme of client.smes.list({ limit: 7 })) ids.push(sme.smeId);
    const all = (await http(api, "GET", "/v1/smes?limit=100", { key })).json.data.map((s: { sme_id: string }) => s.sme_id);
    expect(all.length).toBeGreaterThan(50);
    expect(ids).toEqual(all);
    expect(urls).toHaveLength(Math.ceil(all.length / 7));
    expect(urls[1]).toContain("cursor=");

    const first = await client.smes.list({ limit: 3, sector: "commerce" }).firstPage();
    expect(first).toMatchObject({ object: "list", hasMore: true });
    expect(first.data.every((s) => s.sector === "commerce")).toBe(true);
    const rest = await client.smes.list({ limit: 3, sector: "commerce", cursor: first.nextCursor }).toArray({ limit: 100 });
    const commerce = all.filter((id: string) => id.includes("COMMERCE") || id === "SME_8421");
    expect([...first.data.map((s) => s.smeId), ...rest.map((s) => s.smeId)]).toEqual(commerce);
    urls.length = 0;
    expect(await client.smes.list({ limit: 3 }).toArray({ limit: 10 })).toHaveLength(10);
    expect(urls).toHaveLength(4);
  });

  it("connectors (camt, PI-SPI), cash flow, bulk registration and a sandbox signup", async () => {
    const client = clientFor(api, key);
    const [smeId, account, alias] = ["SDK_CONNECT", `ACCT-${crypto.randomUUID()}`, crypto.randomUUID()];
    await client.smes.create({
      smeId,
      sector: "commerce",
      country: "SN",
      accounts: [
        { scheme: "account", id: account },
        { scheme: "pi_spi_alias", id: alias },
      ],
    });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const document = camt(crypto.randomUUID().slice(0, 12), yesterday.slice(0, 10), account);

    // The SME is found from the account the notification names; the pending entry is rejected with its path.
    expect(await client.flows.ingestCamt(document)).toMatchObject({
      smeId,
      received: 2,
      accepted: 1,
      duplicates: 0,
      rejected: [{ index: 1, path: "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]", code: "entry_not_booked" }],
    });
    // Bytes too; the same document counts once.
    expect(await client.flows.ingestCamt(new TextEncoder().encode(document), { smeId })).toMatchObject({ accepted: 0, duplicates: 1 });

    // PI-SPI field names go out untouched (evCode, end2endId), not re-cased to snake_case.
    const events = await client.flows.ingestPiSpi({
      data: [
        {
          evCode: "PAIEMENT_RECU",
          end2endId: `E2E${crypto.randomUUID().replaceAll("-", "")}`,
          montant: 45_000,
          alias,
          statut: "IRREVOCABLE",
          dateIrrevocabilite: yesterday,
          payeurAlias: "+221776543210",
        },
        { evCode: "RTP_RECU", alias, montant: 1000 },
      ],
      meta: { total: 2 },
    });
    expect(events).toMatchObject({ smeId, accepted: 1, rejected: [{ path: "data[1]", code: "not_a_payment" }] });

    const cashflow = await client.smes.cashflow(smeId, { interval: "month", periods: 3 });
    expect(cashflow).toMatchObject({ object: "cashflow", smeId, interval: "month" });
    expect(cashflow.data.map((p) => p.periodStart)).toHaveLength(3);
    expect(cashflow.data.reduce((sum, p) => sum + p.inflow, 0)).toBe(73_500 + 45_000);

    const bulk = await client.smes.bulkCreate({
      smes: [
        { smeId: "SDK_BULK_1", sector: "commerce", country: "SN" },
        { smeId: "SDK_BULK_2", sector: "mining" as "commerce", country: "SN" },
      ],
    });
    expect(bulk).toMatchObject({
      received: 2,
      created: 1,
      duplicates: 0,
      rejected: [{ index: 1, smeId: "SDK_BULK_2", code: "validation_failed" }],
    });

    // No credential is sent for a signup: a client with a bogus key can make one.
    const signup = await clientFor(api, "sk_test_unused").sandbox.signups.create({
      organization: "Banque Node",
      email: `${crypto.randomUUID()}@bank.sn`,
      country: "SN",
    });
    expect(signup).toMatchObject({ object: "sandbox_signup", sandbox: { mockSmes: 50 } });
    expect(await clientFor(api, signup.apiKey.secret).smes.list({ limit: 100 }).toArray({ limit: 100 })).toHaveLength(50);
  });

  it("runs examples/send-camt.mjs on a notification file", async () => {
    const client = clientFor(api, key);
    const account = `ACCT-${crypto.randomUUID()}`;
    await client.smes.create({ smeId: "SDK_CAMT_FILE", sector: "commerce", country: "SN", accounts: [{ scheme: "account", id: account }] });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "camt-")), "notification.xml");
    writeFileSync(file, camt("FILE", new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), account));
    const example = fileURLToPath(new URL("../../examples/send-camt.mjs", import.meta.url));
    const run = () =>
      promisify(execFile)(process.execPath, [example, file], {
        env: { ...process.env, SCORE360_KEY: key, SCORE360_BASE_URL: `${api.url}/v1` },
      });
    expect((await run()).stdout).toBe(
      "SDK_CAMT_FILE: 1 new, 0 already received\n  /Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]: entry_not_booked\n",
    );
    expect((await run()).stdout).toMatch(/^SDK_CAMT_FILE: 0 new, 1 already received\n/);
  });

  it("portfolio, events, sandbox and alerts", async () => {
    const client = clientFor(api, key);
    const triggered = await client.sandbox.triggerEvent({ event: "sme.risk_zone_entered" });
    const event = await client.events.retrieve(triggered.id);
    expect(event).toMatchObject({ object: "event", event: "sme.risk_zone_entered", smeId: "SME_TEST_COMMERCE_C" });
    expect((await client.events.list({ type: "sme.risk_zone_entered" }).toArray({ limit: 5 })).map((e) => e.id)).toContain(event.id);
    expect(await client.events.redeliver(event.id)).toMatchObject({ object: "redelivery", eventId: event.id });

    const [alert] = await client.portfolio.alerts.list({ smeId: "SME_TEST_COMMERCE_C", status: "open" }).toArray({ limit: 1 });
    expect(alert).toMatchObject({ type: "sme.risk_zone_entered", severity: "high", details: { eventId: event.id } });
    expect(await client.portfolio.alerts.acknowledge(alert!.id)).toMatchObject({ status: "acknowledged" });
    const summary = await client.portfolio.summary();
    expect(summary.smes).toBeGreaterThanOrEqual(50);
    expect(Object.values(summary.byGrade).reduce((a, b) => a + b, 0)).toBe(summary.smes);
    expect(summary.openAlerts.high).toBeGreaterThanOrEqual(0);
    expect(await client.portfolio.settings.update({ scoreThreshold: 600 })).toMatchObject({ scoreThreshold: 600 });
    expect(await client.portfolio.settings.retrieve()).toMatchObject({ scoreThreshold: 600, riskZonePd: 0.1 });
  });

  it("API keys, OAuth clients and the audit log", async () => {
    const client = clientFor(api, key);
    const created = await client.apiKeys.create({ name: "SDK key", role: "viewer" });
    expect(created.secret).toMatch(/^sk_test_/);
    expect((await client.apiKeys.list().toArray({ limit: 100 })).map((k) => k.id)).toContain(created.id);
    const rolled = await client.apiKeys.roll(created.id, { expiresInSeconds: 0 });
    expect(rolled.secret).not.toBe(created.secret);
    expect(await client.apiKeys.revoke(rolled.id)).toMatchObject({ id: rolled.id });

    const oauthClient = await client.oauthClients.create({ name: "SDK gateway", role: "viewer" });
    expect((await client.oauthClients.list().firstPage()).data.map((c) => c.clientId)).toContain(oauthClient.clientId);
    const token = await client.oauth.token({ clientId: oauthClient.clientId, clientSecret: oauthClient.clientSecret });
    expect(token).toMatchObject({ tokenType: "Bearer", expiresIn: 900 });
    expect(await client.oauthClients.revoke(oauthClient.clientId)).toMatchObject({ revoked: true });

    const entries = await client.auditLogs.list({ action: "POST /v1/api-keys" }).toArray({ limit: 10 });
    expect(entries[0]).toMatchObject({ action: "POST /v1/api-keys", status: 201, requestId: expect.stringMatching(/^req_/) });
    expect(await client.auditLogs.verify()).toMatchObject({ valid: true });
  });
});
