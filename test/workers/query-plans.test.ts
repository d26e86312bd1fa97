import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../worker/app";
import { importLegacyScores } from "../../worker/data/legacy-scores";
import { purgeExpired } from "../../worker/data/retention";
import { call, newInstitution, sme } from "./api";
import { sandboxEvent } from "./webhook-kit";

interface Statement {
  sql: string;
  params: unknown[];
}

/** env.DB, noting every statement prepared through it (drizzle prepares, then binds, each one). */
function recordingDb(seen: Statement[]): D1Database {
  return new Proxy(env.DB, {
    get(target, prop) {
      if (prop === "prepare") {
        return (sql: string) => {
          const stmt = target.prepare(sql);
          const noted: Statement = { sql, params: [] };
          seen.push(noted);
          const bind = stmt.bind.bind(stmt);
          stmt.bind = (...params: unknown[]) => {
            noted.params = params;
            return bind(...params);
          };
          return stmt;
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Every D1 statement `run` makes through the env it is given, with SQLite's plan for each. */
async function plansOf(run: (env: Env) => Promise<unknown>) {
  const seen: Statement[] = [];
  await run({ ...env, DB: recordingDb(seen) });
  return Promise.all(
    seen.map(async (s) => {
      const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${s.sql}`)
        .bind(...s.params)
        .all<{ detail: string }>();
      return { sql: s.sql, plan: results.map((r) => r.detail) };
    }),
  );
}

/**
 * A step that reads a whole table, or sorts rows it found: what makes a query's cost grow with
 * the portfolio. `SEARCH … USING INDEX` (a range of the index) is what every step should be.
 */
const unindexed = (step: string) => /^SCAN (?!CONSTANT ROW)/.test(step) || /USE TEMP B-TREE/.test(step);

const inst = await newInstitution();
const key = inst.test;
// A portfolio with SMEs, scores and open alerts, so that every query has rows to find.
await call("POST", "/v1/smes/bulk", { key, body: { smes: Array.from({ length: 30 }, (_, i) => sme(`PLAN_${i}`)) } });
for (const id of ["SME_TEST_COMMERCE_A", "SME_TEST_TRANSPORT_D", "SME_TEST_HEALTH_E"])
  await call("POST", "/v1/scores", { key, body: { sme_id: id } });
await sandboxEvent(key, "sme.risk_zone_entered", "SME_TEST_TRANSPORT_C");
await sandboxEvent(key, "score.downgraded", "SME_TEST_TRANSPORT_B");
const firstPage = await call("GET", "/v1/smes?limit=10", { key });
const alertsPage = await call("GET", "/v1/portfolio/alerts?limit=1", { key });

describe("every portfolio query runs on an index (SQLite's EXPLAIN QUERY PLAN)", () => {
  const routes = [
    "/v1/smes",
    `/v1/smes?limit=10&cursor=${firstPage.json.next_cursor}`,
    "/v1/portfolio/summary",
    "/v1/portfolio/alerts",
    "/v1/portfolio/alerts?status=open",
    `/v1/portfolio/alerts?limit=1&cursor=${alertsPage.json.next_cursor}`,
    "/v1/scores/SME_TEST_COMMERCE_A",
  ];
  it.each(routes)("GET %s", async (path) => {
    const statements = await plansOf(async (recording) => {
      const ctx = createExecutionContext();
      const res = await app.request(`https://api.score360.test${path}`, { headers: { authorization: `Bearer ${key}` } }, recording, ctx);
      await waitOnExecutionContext(ctx);
      expect(res.status).toBe(200);
    });
    expectIndexed(statements);
  });

  it("and so does an event's outbox, closing its SME's open alert of the same type", async () => {
    const statements = await plansOf(async (recording) => {
      const ctx = createExecutionContext();
      const res = await app.request(
        "https://api.score360.test/v1/sandbox/events",
        {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify({ event: "score.downgraded", sme_id: "SME_TEST_TRANSPORT_B" }),
        },
        recording,
        ctx,
      );
      await waitOnExecutionContext(ctx);
      expect(res.status).toBe(201);
    });
    expect(statements.some((s) => s.sql.startsWith('update "alerts" set "status"'))).toBe(true);
    expectIndexed(statements);
  });

  it("and so does the cron's retention (Idempotency-Key outcomes, events, deliveries, closed alerts)", async () => {
    const statements = await plansOf((recording) => purgeExpired(recording, Date.now()));
    for (const table of ["idempotency_keys", "events", "webhook_deliveries", "alerts"])
      expect(statements.some((s) => s.sql.startsWith(`delete from "${table}"`))).toBe(true);
    expectIndexed(statements);
  });

  it("and its search for SMEs whose D1 scores are not in their ledgers yet walks one index, no sort", async () => {
    // A walk from the start of the index that stops at its limit: what it passes is gone (each
    // SME's rows leave D1 once its ledger has them), so a run reads about the rows it hands over.
    await env.DB.prepare(
      `INSERT INTO scores (id, institution_id, environment, sme_id, score, grade, pd, trend, sector, signals, reasons, window_days, official, model, scored_at)
       VALUES ('scr_plan', ?, 'test', 'PLAN_0', 600, 'C', 0.1, 'stable', 'commerce', '{}', '[]', 90, 1, 'federated-v3', 0)`,
    )
      .bind(inst.id)
      .run();
    const [search, ...rest] = await plansOf((recording) => importLegacyScores(recording));
    expect(search!.plan.filter(unindexed)).toEqual(["SCAN scores USING COVERING INDEX scores_tenant_sme_seq"]);
    expect(search!.sql).toMatch(/ limit \?$/);
    expectIndexed(rest);
  });
});

function expectIndexed(statements: { sql: string; plan: string[] }[]) {
  expect(statements.length).toBeGreaterThan(0);
  for (const s of statements) expect({ sql: s.sql, unindexed: s.plan.filter(unindexed) }).toEqual({ sql: s.sql, unindexed: [] });
}
