import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../worker/index";
import { call, newInstitution, sme } from "./api";

const inst = await newInstitution();
const key = inst.live;
const keyed = (idem: string, id: string) => call("POST", "/v1/smes", { key, body: sme(id), headers: { "idempotency-key": idem } });
const stored = async (idem: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM idempotency_keys WHERE institution_id = ? AND key = ?")
    .bind(inst.id, idem)
    .first<{ n: number }>())!.n;

describe("the cron's purge of Idempotency-Key outcomes", () => {
  it("removes outcomes past 24 h and keeps younger ones replaying", async () => {
    expect((await keyed("purge-old", "PURGE_1")).status).toBe(201);
    expect((await keyed("purge-new", "PURGE_2")).status).toBe(201);
    await env.DB.prepare("UPDATE idempotency_keys SET created_at = ? WHERE institution_id = ? AND key = ?")
      .bind(Date.now() - 24 * 3600_000 - 1000, inst.id, "purge-old")
      .run();

    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/5 * * * *" }), env);
    expect(await stored("purge-old")).toBe(0);
    expect(await stored("purge-new")).toBe(1);
    const replay = await keyed("purge-new", "PURGE_2");
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    // The purged key is free again: the request runs anew (and finds the SME it made a day ago).
    expect((await keyed("purge-old", "PURGE_1")).json.error.code).toBe("sme_already_exists");
  });
});
