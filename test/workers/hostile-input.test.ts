import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, call, newInstitution, sme } from "./api";

const inst = await newInstitution();
await call("POST", "/v1/smes", { key: inst.live, body: sme("TARGET") });

/** Everything the database holds, to prove a refused request stored nothing. */
async function snapshot() {
  const tables = ["institutions", "api_keys", "smes", "scores"];
  const rows = await Promise.all(tables.map((t) => env.DB.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
  return JSON.stringify(rows.map((r) => r.results));
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom("'; DROP TABLE smes; --", "\" OR 1=1 --", "\u0000", "../../etc/passwd", "<script>", "𝕊𝕄𝔼", "x".repeat(5000)),
);
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.record({ sme_id: hostileString, sector: fc.jsonValue({ maxDepth: 2 }), country: hostileString }, { requiredKeys: [] }),
  fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
);

/** Routes that write; each answer must be a 4xx in the error shape. */
const targets = [
  ["POST", "/v1/smes", inst.live],
  ["PATCH", "/v1/smes/TARGET", inst.live],
  ["POST", "/v1/connect/flows", inst.live],
  ["POST", "/v1/api-keys", inst.live],
  ["POST", "/v1/admin/institutions", ADMIN_TOKEN],
] as const;

describe("hostile input never answers 5xx and stores nothing", () => {
  for (const [method, path, key] of targets) {
    it(`${method} ${path}`, async () => {
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileJson.map((v) => JSON.stringify(v)), hostileString), async (raw) => {
          const res = await call(method, path, { key, raw, headers: { "content-type": "application/json" } });
          // A random body can happen to be valid only for PATCH (all fields optional): {} is a no-op.
          if (res.status < 300) {
            expect(method === "PATCH" && JSON.stringify(JSON.parse(raw)) === "{}").toBe(true);
            return;
          }
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(res.json.error).toMatchObject({ code: expect.any(String), type: expect.any(String), request_id: expect.any(String) });
        }),
        { numRuns: 60, seed: 360 },
      );
      const after = await snapshot();
      expect(after.replace(/"updated_at":\d+/g, "")).toBe(before.replace(/"updated_at":\d+/g, ""));
    });
  }
});
