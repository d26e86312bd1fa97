import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

/** Migration 0008's last statement: what it does to the alerts a database held before it. */
const closeOlderOpen = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0008_"))!.queries.at(-1)!;

describe("migration 0008 (one open alert per SME and type)", () => {
  it("leaves the newest open alert of each SME and type open and closes the older ones into it", async () => {
    const insert = (id: string, smeId: string, type: string, status = "open") =>
      env.DB.prepare(
        `INSERT INTO alerts (id, institution_id, environment, event_id, type, severity, sme_id, details, status, created_at)
         VALUES (?, 'inst_migration', 'live', ?, ?, 'medium', ?, '{}', ?, 0)`,
      )
        .bind(id, `evt_${id}`, type, smeId, status)
        .run();
    await insert("alr_m1", "M_A", "score.downgraded");
    await insert("alr_m2", "M_A", "score.downgraded");
    await insert("alr_m3", "M_A", "score.downgraded", "acknowledged");
    await insert("alr_m4", "M_A", "score.downgraded");
    await insert("alr_m5", "M_A", "anomaly.detected");
    await insert("alr_m6", "M_B", "score.downgraded");

    expect(closeOlderOpen).toMatch(/^UPDATE `alerts`/);
    await env.DB.prepare(closeOlderOpen).run();
    const { results } = await env.DB.prepare(
      "SELECT id, status, superseded_by, superseded_at IS NOT NULL AS dated FROM alerts WHERE institution_id = 'inst_migration' ORDER BY id",
    ).all();
    expect(results).toEqual([
      { id: "alr_m1", status: "superseded", superseded_by: "alr_m4", dated: 1 },
      { id: "alr_m2", status: "superseded", superseded_by: "alr_m4", dated: 1 },
      { id: "alr_m3", status: "acknowledged", superseded_by: null, dated: 0 },
      { id: "alr_m4", status: "open", superseded_by: null, dated: 0 },
      { id: "alr_m5", status: "open", superseded_by: null, dated: 0 },
      { id: "alr_m6", status: "open", superseded_by: null, dated: 0 },
    ]);
  });
});
