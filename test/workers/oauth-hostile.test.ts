import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OAUTH_ERROR_CODES } from "../../worker/http/oauth-errors";
import { call, newInstitution } from "./api";
import { basic, FORM, newClient } from "./oauth-tokens";

const inst = await newInstitution();
const client = await newClient(inst.test, "integrator");

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    "client_credentials",
    "password",
    "",
    " ",
    "%",
    "%zz",
    "\u0000",
    "smes:read keys:write",
    client.id,
    client.secret,
    "x".repeat(3000),
  ),
);
const params = fc.dictionary(
  fc.oneof(fc.constantFrom("grant_type", "scope", "client_id", "client_secret"), fc.string({ maxLength: 20 })),
  fc.oneof(text, fc.jsonValue({ maxDepth: 2 })),
  { maxKeys: 6 },
);
/** A form body, a JSON body, or arbitrary bytes, under a plausible or arbitrary content type. */
const body = fc.oneof(
  params.map((p) => ({
    type: FORM,
    raw: Object.entries(p)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join("&"),
  })),
  params.map((p) => ({ type: "application/json", raw: JSON.stringify(p) })),
  fc.record({ type: fc.constantFrom(FORM, "application/json", "text/plain", "", "multipart/form-data"), raw: text }),
);
/** Header values must be printable to be sent at all. */
const headerText = text.filter((t) => /^[\x20-\x7e]*$/.test(t));
const authorization = fc.option(
  fc.oneof(
    fc.tuple(text, text).map(([id, secret]) => basic(id, secret)),
    headerText.map((t) => `Basic ${t}`),
    headerText,
  ),
);

describe("the token endpoint under hostile input", () => {
  it("never answers 5xx, always RFC 6749's error shape, and issues nothing without the right secret", async () => {
    // Everything but last_used_at, which moves if a generated request happens to carry the real secret.
    const clients = async () =>
      JSON.stringify(
        (
          await env.DB.prepare(
            "SELECT id, institution_id, environment, role, secret_hash, revoked_at FROM oauth_clients ORDER BY seq",
          ).all()
        ).results,
      );
    const before = await clients();
    await fc.assert(
      fc.asyncProperty(body, authorization, async ({ type, raw }, auth) => {
        const headers: Record<string, string> = {};
        if (type) headers["content-type"] = type;
        if (auth !== null) headers.authorization = auth;
        const res = await call("POST", "/v1/oauth/token", { raw, headers });
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get("cache-control")).toBe("no-store");
        if (res.status === 200) {
          // Only a request carrying the client's real secret may get a token.
          expect(`${raw} ${auth ?? ""}`).toMatch(
            new RegExp(`${client.secret}|${encodeURIComponent(client.secret)}|${btoa(`${client.id}:${client.secret}`)}`),
          );
          return;
        }
        expect(res.json).toEqual({ error: expect.any(String), error_description: expect.any(String) });
        expect(OAUTH_ERROR_CODES).toContain(res.json.error);
      }),
      { numRuns: 150, seed: 6749 },
    );
    expect(await clients()).toBe(before);
  }, 60_000);
});
