import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { generateFlows } from "../../scoring/generator";
import { profileFor } from "../../scoring/profiles";
import { call, newInstitution, sme } from "./api";
import { newEndpoint, received, receiverUrl, until } from "./webhook-kit";

const DAY = 86_400_000;
const inst = await newInstitution();
const key = inst.test;
const today = Math.floor(Date.now() / DAY);
const ledger = (smeId: string) => env.SME_LEDGER.getByName(`${inst.id}:test:${smeId}`);

async function send(smeId: string, flows: unknown[]) {
  for (let i = 0; i < flows.length; i += 1000) {
    const res = await call("POST", "/v1/connect/flows", { key, body: { sme_id: smeId, flows: flows.slice(i, i + 1000) } });
    expect(res.json.rejected).toEqual([]);
  }
}

/** Half a year of a healthy commerce SME's flows, up to yesterday. */
const healthy = generateFlows(profileFor("commerce", 0.9), { seed: 42, asOfDay: today - 1, days: 180 });
const dailyInflow = healthy.filter((f) => f.direction === "in").reduce((s, f) => s + f.amount, 0) / 180;
/** The last four weeks: the cash goes out three times as fast as it used to come in. */
const collapse = Array.from({ length: 28 }, (_, i) => ({
  id: `drain-${i}`,
  occurred_at: new Date((today - 1 - i) * DAY + 12 * 3600_000).toISOString(),
  amount: Math.round(dailyInflow * 3),
  direction: "out",
  counterparty: "creditor",
}));

describe("proactive re-scoring", () => {
  it("scores an SME after its flows arrive, without being asked", async () => {
    await call("POST", "/v1/smes", { key, body: sme("COLLAPSE") });
    await send("COLLAPSE", healthy);
    expect(await runInDurableObject(ledger("COLLAPSE"), (_o, state) => state.storage.getAlarm())).not.toBeNull();
    expect(await runDurableObjectAlarm(ledger("COLLAPSE"))).toBe(true);
    const history = await call("GET", "/v1/scores/COLLAPSE", { key });
    expect(history.json.data).toHaveLength(1);
    expect(["A", "B"]).toContain(history.json.latest.grade);
  });

  it("turns collapsing flows into score.downgraded, an alert and a webhook", async () => {
    await newEndpoint(key, `${receiverUrl}/hook/collapse`, ["score.downgraded"]);
    await send("COLLAPSE", collapse);
    expect(await runDurableObjectAlarm(ledger("COLLAPSE"))).toBe(true);

    const [latest, previous] = (await call("GET", "/v1/scores/COLLAPSE", { key })).json.data;
    expect(latest.score).toBeLessThan(previous.score);
    const events = (await call("GET", "/v1/events?sme_id=COLLAPSE&type=score.downgraded", { key })).json.data;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      from: { score: previous.score, grade: previous.grade },
      to: { score: latest.score, grade: latest.grade },
    });
    const alerts = (await call("GET", "/v1/portfolio/alerts?sme_id=COLLAPSE&type=score.downgraded", { key })).json.data;
    expect(alerts).toHaveLength(1);
    expect(alerts[0].details.event_id).toBe(events[0].id);
    const [got] = await until(
      () => received("collapse"),
      (r) => r.length === 1,
    );
    expect(got!.headers["webhook-id"]).toBe(events[0].id);
  });

  it("does nothing when the alarm fires again with no new flows", async () => {
    const before = (await call("GET", "/v1/events?sme_id=COLLAPSE", { key })).json.data.length;
    await runInDurableObject(ledger("COLLAPSE"), (_o, state) => state.storage.setAlarm(Date.now() + 60_000));
    expect(await runDurableObjectAlarm(ledger("COLLAPSE"))).toBe(true);
    expect((await call("GET", "/v1/scores/COLLAPSE", { key })).json.data).toHaveLength(2);
    expect((await call("GET", "/v1/events?sme_id=COLLAPSE", { key })).json.data).toHaveLength(before);
  });

  it("leaves an SME with too little history unscored, and an erased one alone", async () => {
    await call("POST", "/v1/smes", { key, body: sme("THIN") });
    await send("THIN", healthy.slice(-5));
    expect(await runDurableObjectAlarm(ledger("THIN"))).toBe(true);
    expect((await call("GET", "/v1/scores/THIN", { key })).json.data).toEqual([]);
    await call("DELETE", "/v1/smes/THIN", { key });
    expect(await runInDurableObject(ledger("THIN"), (_o, state) => state.storage.getAlarm())).toBeNull();
  });
});
