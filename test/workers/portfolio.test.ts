import { describe, expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";
import { sandboxEvent } from "./webhook-kit";

const inst = await newInstitution();
const key = inst.test;

describe("portfolio alerts", () => {
  it("raises an alert with a severity for the events that matter, not for good news", async () => {
    const risk = await sandboxEvent(key, "sme.risk_zone_entered", "SME_TEST_TRANSPORT_C");
    await sandboxEvent(key, "score.upgraded", "SME_TEST_TRANSPORT_C");
    const down = await sandboxEvent(key, "score.downgraded", "SME_TEST_TRANSPORT_B");
    const list = await call("GET", "/v1/portfolio/alerts", { key });
    expect(list.json.data.map((a: { type: string; severity: string }) => [a.type, a.severity])).toEqual([
      ["score.downgraded", "medium"],
      ["sme.risk_zone_entered", "high"],
    ]);
    expect(list.json.data[1]).toMatchObject({
      object: "alert",
      id: expect.stringMatching(/^alr_/),
      sme_id: "SME_TEST_TRANSPORT_C",
      status: "open",
      details: { event_id: risk.id, reason: "grade_in_risk_zone", to: { grade: "D" } },
    });
    expect(list.json.data[0].details.event_id).toBe(down.id);
  });

  it("filters by type, severity, SME and status, and acknowledges once", async () => {
    const high = await call("GET", "/v1/portfolio/alerts?severity=high", { key });
    expect(high.json.data).toHaveLength(1);
    const id = high.json.data[0].id;
    expect((await call("GET", "/v1/portfolio/alerts?type=score.downgraded&sme_id=SME_TEST_TRANSPORT_B", { key })).json.data).toHaveLength(
      1,
    );
    expect((await call("GET", "/v1/portfolio/alerts?sme_id=SME_TEST_HEALTH_A", { key })).json.data).toHaveLength(0);

    const ack = await call("POST", `/v1/portfolio/alerts/${id}/acknowledge`, { key });
    expect(ack.json).toMatchObject({ id, status: "acknowledged", acknowledged_at: expect.any(String) });
    const again = await call("POST", `/v1/portfolio/alerts/${id}/acknowledge`, { key });
    expect(again.json.acknowledged_at).toBe(ack.json.acknowledged_at);
    expect((await call("GET", "/v1/portfolio/alerts?status=open", { key })).json.data.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await call("GET", "/v1/portfolio/alerts?severity=severe", { key })).json.error.param).toBe("severity");
  });

  it("keeps alerts to their tenant", async () => {
    const id = (await call("GET", "/v1/portfolio/alerts", { key })).json.data[0].id;
    const other = await newInstitution();
    expect((await call("GET", "/v1/portfolio/alerts", { key: inst.live })).json.data).toEqual([]);
    expect((await call("POST", `/v1/portfolio/alerts/${id}/acknowledge`, { key: other.test })).status).toBe(404);
  });

  it("lets a risk analyst read and acknowledge, and an integrator only read", async () => {
    const analyst = (await call("POST", "/v1/api-keys", { key, body: { name: "ra", role: "risk_analyst" } })).json.secret;
    const integrator = (await call("POST", "/v1/api-keys", { key, body: { name: "in", role: "integrator" } })).json.secret;
    const [alert] = (await call("GET", "/v1/portfolio/alerts?status=open", { key: analyst })).json.data;
    expect((await call("POST", `/v1/portfolio/alerts/${alert.id}/acknowledge`, { key: integrator })).json.error.code).toBe(
      "insufficient_scope",
    );
    expect((await call("POST", `/v1/portfolio/alerts/${alert.id}/acknowledge`, { key: analyst })).status).toBe(200);
  });
});

describe("one open alert per SME and type", () => {
  it("closes the SME's open alert of a type when a newer one of that type comes, and only that one", async () => {
    const book = (await newInstitution()).test;
    const alertOf = async (eventId: string) =>
      (await call("GET", "/v1/portfolio/alerts?limit=100", { key: book })).json.data.find(
        (a: { details: { event_id: string } }) => a.details.event_id === eventId,
      );
    const first = await alertOf((await sandboxEvent(book, "score.downgraded", "SME_TEST_SERVICES_B")).id);
    const anomaly = await alertOf((await sandboxEvent(book, "anomaly.detected", "SME_TEST_SERVICES_B")).id);
    const elsewhere = await alertOf((await sandboxEvent(book, "score.downgraded", "SME_TEST_HEALTH_B")).id);
    const second = await alertOf((await sandboxEvent(book, "score.downgraded", "SME_TEST_SERVICES_B")).id);

    const closed = await alertOf(first.details.event_id);
    expect(closed).toMatchObject({
      status: "superseded",
      superseded_by: second.id,
      superseded_at: expect.any(String),
      acknowledged_at: null,
    });
    expect(second).toMatchObject({ status: "open", superseded_by: null, superseded_at: null });
    const open = (await call("GET", "/v1/portfolio/alerts?status=open", { key: book })).json.data.map((a: { id: string }) => a.id);
    expect(open.sort()).toEqual([anomaly.id, elsewhere.id, second.id].sort());
    const superseded = (await call("GET", "/v1/portfolio/alerts?status=superseded", { key: book })).json.data;
    expect(superseded.map((a: { id: string }) => a.id)).toEqual([first.id]);
    expect((await call("GET", "/v1/portfolio/summary", { key: book })).json.open_alerts).toEqual({ low: 0, medium: 3, high: 0 });

    // Closed already: acknowledging it changes nothing.
    const ack = await call("POST", `/v1/portfolio/alerts/${first.id}/acknowledge`, { key: book });
    expect(ack.json).toMatchObject({ status: "superseded", acknowledged_at: null, superseded_by: second.id });
  });
});

describe("portfolio summary and settings", () => {
  it("counts SMEs by grade and sector and open alerts by severity", async () => {
    const fresh = await newInstitution();
    await call("POST", "/v1/smes", { key: fresh.test, body: sme("MINE_1", { sector: "health" }) });
    await sandboxEvent(fresh.test, "sme.risk_zone_entered");
    await sandboxEvent(fresh.test, "anomaly.detected");
    const res = await call("GET", "/v1/portfolio/summary", { key: fresh.test });
    expect(res.json).toMatchObject({
      object: "portfolio_summary",
      smes: 51,
      by_grade: { A: 0, B: 0, C: 0, D: 0, E: 0, unscored: 51 },
      open_alerts: { low: 0, medium: 1, high: 1 },
    });
    expect(res.json.by_sector).toMatchObject({ commerce: 5, health: 6 });
    expect((await call("GET", "/v1/portfolio/summary", { key: fresh.live })).json).toMatchObject({ smes: 0, open_alerts: { high: 0 } });
  });

  it("has the contract's defaults, and threshold events follow a change", async () => {
    expect((await call("GET", "/v1/portfolio/settings", { key })).json).toEqual({
      object: "portfolio_settings",
      score_threshold: 550,
      risk_zone_pd: 0.1,
    });
    const patched = await call("PATCH", "/v1/portfolio/settings", { key, body: { score_threshold: 620 } });
    expect(patched.json).toMatchObject({ score_threshold: 620, risk_zone_pd: 0.1 });
    expect((await sandboxEvent(key, "score.threshold_crossed")) as unknown).toMatchObject({
      threshold: 620,
      from: { score: 640 },
      to: { score: 605 },
    });
    expect((await call("GET", "/v1/portfolio/settings", { key: inst.live })).json.score_threshold).toBe(550);
    expect((await call("PATCH", "/v1/portfolio/settings", { key, body: { risk_zone_pd: 2 } })).json.error.param).toBe("risk_zone_pd");
  });
});

describe("erasure and events", () => {
  it("removes the SME's alerts and events, counts the alerts, and emits sme.erased", async () => {
    await call("POST", "/v1/smes", { key, body: sme("FORGET_ME") });
    await sandboxEvent(key, "sme.risk_zone_entered", "FORGET_ME");
    await sandboxEvent(key, "score.downgraded", "FORGET_ME");
    await sandboxEvent(key, "score.upgraded", "FORGET_ME");
    const res = await call("DELETE", "/v1/smes/FORGET_ME", { key });
    expect(res.json.erased).toMatchObject({ alerts: 2 });
    expect((await call("GET", "/v1/portfolio/alerts?sme_id=FORGET_ME", { key })).json.data).toEqual([]);
    const left = (await call("GET", "/v1/events?sme_id=FORGET_ME", { key })).json.data;
    expect(left.map((e: { event: string }) => e.event)).toEqual(["sme.erased"]);
    expect(left[0]).toMatchObject({ from: null, to: null, reason: "erasure_requested" });
  });
});
