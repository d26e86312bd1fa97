import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../schema";
import { ROLE_SCOPES } from "../../worker/http/scopes";
import { call, newInstitution } from "./api";

const inst = await newInstitution();
/** Two keys per role, so that "the same role" and "the same credential" differ. */
const keys = Object.fromEntries(
  await Promise.all(
    ROLES.map(async (role) => {
      const mint = async (n: number) =>
        (await call("POST", "/v1/api-keys", { key: inst.test, body: { name: `${role}-${n}`, role } })).json.secret as string;
      return [role, [await mint(1), await mint(2)]];
    }),
  ),
) as Record<Role, [string, string]>;

const routes = [
  { path: "/v1/smes", scope: "smes:write", body: (n: number) => ({ sme_id: `MATRIX_${n}`, sector: "commerce", country: "SN" }) },
  { path: "/v1/api-keys", scope: "keys:write", body: (n: number) => ({ name: `matrix-${n}`, role: "viewer" }) },
] as const;
const may = (role: Role, scope: string) => (ROLE_SCOPES[role] as readonly string[]).includes(scope);

let n = 0;
describe("Idempotency-Key replay × role matrix: a stored answer reaches only the credential that earned it", () => {
  for (const route of routes) {
    for (const first of ROLES) {
      it(`${route.path}: first by ${first}, then by every role`, async () => {
        for (const second of ROLES) {
          const idem = `matrix-${++n}`;
          const body = route.body(n);
          const send = (key: string) => call("POST", route.path, { key, body, headers: { "idempotency-key": idem } });
          const a = await send(keys[first][0]);
          expect(a.status, `${first} first`).toBe(may(first, route.scope) ? 201 : 403);
          // Another credential (of the same role or not): never the first one's answer.
          const b = await send(keys[second][1]);
          const label = `${first} then ${second} on ${route.path}`;
          expect(b.headers.get("idempotent-replayed"), label).toBeNull();
          if (!may(second, route.scope)) expect(b.status, label).toBe(403);
          else if (a.status === 201) expect(b.json.error.code, label).toBe("idempotency_key_reused");
          else expect(b.status, label).toBe(201);
          // The first credential again: its success is replayed, its refusal was never kept.
          const c = await send(keys[first][0]);
          if (a.status === 201) {
            expect(c.headers.get("idempotent-replayed"), label).toBe("true");
            expect(c.json.id ?? c.json.sme_id).toBe(a.json.id ?? a.json.sme_id);
          } else expect(c.status, label).toBe(403);
        }
      }, 60_000);
    }
  }
});
