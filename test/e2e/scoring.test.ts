import { afterAll, beforeAll, expect, it } from "vitest";
import { http, newInstitution, type RunningApi, startApi } from "./harness";

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.dispose());

it("the quickstart: a sandbox SME scores over HTTP, identically twice, into its grade", async () => {
  const { test: key } = await newInstitution(api, "Quickstart Bank");
  const ask = () => http(api, "POST", "/v1/scores", { key, body: { sme_id: "SME_TEST_HEALTH_B" } });
  const first = await ask();
  expect(first.status).toBe(200);
  expect(first.json).toMatchObject({ object: "score", sme_id: "SME_TEST_HEALTH_B", grade: "B", model: "federated-v4", window_days: 90 });
  const second = await ask();
  expect([second.json.score, second.json.pd, second.json.signals]).toEqual([first.json.score, first.json.pd, first.json.signals]);
  const history = await http(api, "GET", "/v1/scores/SME_TEST_HEALTH_B", { key });
  expect(history.json.data.map((s: { id: string }) => s.id)).toEqual([second.json.id, first.json.id]);
});

it("accepted flows survive a restart of the process", async () => {
  const { live: key } = await newInstitution(api, "Durable Bank");
  await http(api, "POST", "/v1/smes", { key, body: { sme_id: "DURABLE", sector: "services", country: "CI" } });
  const flows = Array.from({ length: 100 }, (_, i) => ({
    id: `dur-${i}`,
    occurred_at: new Date(Date.now() - (i + 1) * 3_600_000).toISOString(),
    amount: 1_000 + i,
    direction: i % 2 ? "in" : "out",
  }));
  expect((await http(api, "POST", "/v1/connect/flows", { key, body: { sme_id: "DURABLE", flows } })).json.accepted).toBe(100);

  await api.restart();

  // The ledger still holds every flow: sending them again finds each one already there.
  const again = await http(api, "POST", "/v1/connect/flows", { key, body: { sme_id: "DURABLE", flows } });
  expect(again.json).toMatchObject({ accepted: 0, duplicates: 100 });
  expect((await http(api, "GET", "/v1/smes/DURABLE", { key })).json.flows.count).toBe(100);
});
