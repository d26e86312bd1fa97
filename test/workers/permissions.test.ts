import { describe, expect, it } from "vitest";
import { ROLES } from "../../schema";
import { ROLE_SCOPES } from "../../worker/http/scopes";
import { call, newInstitution } from "./api";

const inst = await newInstitution();
const doc = (await call("GET", "/v1/openapi.json")).json;
const keys = Object.fromEntries(
  await Promise.all(
    ROLES.map(async (role) => [role, (await call("POST", "/v1/api-keys", { key: inst.test, body: { name: role, role } })).json.secret]),
  ),
) as Record<(typeof ROLES)[number], string>;

/** Every operation of the published document that needs an API key, with the scope it declares. */
const operations = Object.entries(doc.paths as Record<string, Record<string, { security?: { bearer?: string[] }[] }>>).flatMap(
  ([path, ops]) =>
    Object.entries(ops).flatMap(([method, op]) => {
      const scope = op.security?.[0]?.bearer?.[0];
      return scope ? [{ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, "NOPE"), scope }] : [];
    }),
);

describe("the role × route matrix, derived from the OpenAPI document", () => {
  it("covers the API", () => expect(operations.length).toBeGreaterThanOrEqual(9));

  for (const role of ROLES) {
    it(`${role}`, async () => {
      for (const op of operations) {
        const res = await call(op.method, op.path, {
          key: keys[role],
          body: op.method === "GET" || op.method === "DELETE" ? undefined : {},
        });
        const allowed = (ROLE_SCOPES[role] as readonly string[]).includes(op.scope);
        if (allowed) expect(res.json?.error?.code, `${role} ${op.method} ${op.path}`).not.toBe("insufficient_scope");
        else {
          expect(res.status, `${role} ${op.method} ${op.path}`).toBe(403);
          expect(res.json.error.code).toBe("insufficient_scope");
        }
      }
    });
  }
});
