import { apiKeys, institutions, smes } from "../../schema";
import { MOCK_SMES } from "../../scoring/mock-smes";
import type { Db } from "../data/db";
import { sandboxSmeRows } from "../data/sandbox";
import { newId } from "../lib/ids";
import { iso } from "../lib/time";
import { mintApiKey } from "./api-keys";

/** An institution, its first admin key per environment and its sandbox, in one D1 batch. */
export async function createInstitution(db: Db, name: string, now: number) {
  const id = newId("ins");
  const [test, live] = await Promise.all(
    (["test", "live"] as const).map((environment) =>
      mintApiKey({ institutionId: id, environment, role: "admin", name: `First ${environment} admin key` }, now),
    ),
  );
  await db.batch([
    db.insert(institutions).values({ id, name, createdAt: now }),
    db.insert(apiKeys).values([test!.row, live!.row]),
    ...sandboxSmeRows(id, now).map((row) => db.insert(smes).values(row)),
  ]);
  return {
    object: "institution" as const,
    id,
    name,
    created_at: iso(now),
    api_keys: {
      test: { id: test!.row.id, role: "admin" as const, secret: test!.secret },
      live: { id: live!.row.id, role: "admin" as const, secret: live!.secret },
    },
    sandbox: { mock_smes: MOCK_SMES.length },
  };
}
