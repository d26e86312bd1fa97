import { apiKeys, type Environment, institutions, smes } from "../../schema";
import { MOCK_SMES } from "../../scoring/mock-smes";
import type { Db } from "../data/db";
import { sandboxSmeRows } from "../data/sandbox";
import { newId } from "../lib/ids";
import { iso } from "../lib/time";
import { mintApiKey } from "./api-keys";

/**
 * The D1 statements that make an institution, its first admin key in each of `environments`,
 * and its sandbox SMEs; the caller runs them in one batch (with any statement of its own).
 */
export async function institutionStatements(db: Db, name: string, environments: readonly Environment[], now: number) {
  const id = newId("ins");
  const keys = await Promise.all(
    environments.map((environment) =>
      mintApiKey({ institutionId: id, environment, role: "admin", name: `First ${environment} admin key` }, now),
    ),
  );
  const statements = [
    db.insert(institutions).values({ id, name, createdAt: now }),
    db.insert(apiKeys).values(keys.map((k) => k.row)),
    ...sandboxSmeRows(id, now).map((row) => db.insert(smes).values(row)),
  ] as const;
  const keyOf = (environment: Environment) => {
    const key = keys[environments.indexOf(environment)]!;
    return { id: key.row.id, role: "admin" as const, secret: key.secret };
  };
  return { id, statements, keyOf };
}

/** An institution, its first admin key per environment and its sandbox, in one D1 batch. */
export async function createInstitution(db: Db, name: string, now: number) {
  const { id, statements, keyOf } = await institutionStatements(db, name, ["test", "live"], now);
  await db.batch(statements);
  return {
    object: "institution" as const,
    id,
    name,
    created_at: iso(now),
    api_keys: { test: keyOf("test"), live: keyOf("live") },
    sandbox: { mock_smes: MOCK_SMES.length },
  };
}
