import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, call, newInstitution, sme } from "./api";

const inst = await newInstitution();
await call("POST", "/v1/smes", { key: inst.test, body: sme("TARGET") });
const doc = (await call("GET", "/v1/openapi.json")).json;

/** Everything D1 holds, to prove a refused request stored nothing (bookkeeping columns aside). */
async function snapshot() {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const rows = await Promise.all(results.map((t) => env.DB.prepare(`SELECT * FROM "${t.name}" ORDER BY 1`).all()));
  return JSON.stringify(rows.map((r) => r.results)).replace(/"(updated_at|last_used_at)":\d+/g, "");
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom("'; DROP TABLE smes; --", '" OR 1=1 --', "\u0000", "../../etc/passwd", "<script>", "𝕊𝕄𝔼", "x".repeat(5000)),
);
/** Thousands of levels deep, bare or where the route expects an array: nothing may walk it into a stack overflow. */
const deepJson = fc.tuple(fc.integer({ min: 33, max: 6000 }), fc.constantFrom("[", '{"a":'), fc.boolean()).map(([depth, open, wrapped]) => {
  const close = open === "[" ? "]" : "}";
  const deep = `${open.repeat(depth)}1${close.repeat(depth)}`;
  return wrapped ? `{"sme_id":"TARGET","flows":[${deep}]}` : deep;
});
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.record(
    { sme_id: hostileString, sector: fc.jsonValue({ maxDepth: 2 }), url: hostileString, event: hostileString },
    { requiredKeys: [] },
  ),
  fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
);

/**
 * Every POST and PATCH of the published document (the token endpoint answers in RFC 6749's
 * shape and has its own property test), with path parameters naming an existing SME or nothing.
 */
const targets = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
  Object.keys(ops)
    .filter((m) => (m === "post" || m === "patch") && path !== "/v1/oauth/token")
    .map((m) => ({
      method: m.toUpperCase(),
      path: path.replace("{sme_id}", "TARGET").replace(/\{[^}]+\}/g, "NOPE"),
      key: path.startsWith("/v1/admin") ? ADMIN_TOKEN : inst.test,
    })),
);

/** A random body that happens to be valid: all fields optional (a no-op update) or an empty roll. */
const harmless = (method: string, raw: string) => {
  try {
    return JSON.stringify(JSON.parse(raw)) === "{}" && method === "PATCH";
  } catch {
    return false;
  }
};

describe("hostile input never answers 5xx and stores nothing", () => {
  it("flows nested 5,000 deep answer 400 invalid_json, not a stack overflow in the ledger", async () => {
    const raw = `{"sme_id":"TARGET","flows":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const res = await call("POST", "/v1/connect/flows", { key: inst.test, raw, headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("invalid_json");
  });

  it("covers every POST and PATCH", () => expect(targets.length).toBeGreaterThanOrEqual(12));

  for (const { method, path, key } of targets) {
    it(`${method} ${path}`, async () => {
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            hostileJson.map((v) => JSON.stringify(v)),
            hostileString,
            deepJson,
          ),
          async (raw) => {
            const res = await call(method, path, {
              key,
              raw,
              headers: { "content-type": "application/json", "idempotency-key": "hostile" },
            });
            if (res.status < 300) {
              expect(harmless(method, raw), `${res.status} for ${raw.slice(0, 80)}`).toBe(true);
              return;
            }
            expect(res.status).toBeGreaterThanOrEqual(400);
            expect(res.status).toBeLessThan(500);
            expect(res.json.error).toMatchObject({ code: expect.any(String), type: expect.any(String), request_id: expect.any(String) });
          },
        ),
        { numRuns: 40, seed: 360 },
      );
      expect(await snapshot()).toBe(before);
    }, 60_000);
  }
});
