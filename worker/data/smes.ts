import type { z } from "@hono/zod-openapi";
import { and, eq, type SQL } from "drizzle-orm";
import { type SmeRow, smes } from "../../schema";
import type { CreateSmeBody, Sme, SmeListQuery, UpdateSmeBody } from "../contracts/smes";
import type { Principal, Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { iso, isoOrNull } from "../lib/time";
import { type Db, database } from "./db";
import { ledgerOf } from "./ledger";
import { listPage } from "./list-page";

/** The principal's own, live (not being erased) SMEs: every SME query starts here. */
export const ownSmes = (p: Tenant, ...more: (SQL | undefined)[]) =>
  and(eq(smes.institutionId, p.institutionId), eq(smes.environment, p.environment), eq(smes.status, "active"), ...more);

export function toSme(row: SmeRow): Sme {
  return {
    object: "sme",
    sme_id: row.smeId,
    name: row.name,
    sector: row.sector as Sme["sector"],
    country: row.country as Sme["country"],
    identifiers: row.identifiers,
    metadata: row.metadata,
    flows: { count: row.flowCount, first_at: isoOrNull(row.firstFlowAt), last_at: isoOrNull(row.lastFlowAt) },
    latest_score:
      row.latestScore === null || row.latestScoredAt === null
        ? null
        : {
            score: row.latestScore,
            grade: row.latestGrade as "A",
            scored_at: iso(row.latestScoredAt),
          },
    created_at: iso(row.createdAt),
  };
}

/** The row a registration inserts: what single and bulk registration share. */
export const newSmeRow = (p: Tenant, body: z.infer<typeof CreateSmeBody>, now: number) => ({
  institutionId: p.institutionId,
  environment: p.environment,
  smeId: body.sme_id,
  name: body.name ?? null,
  sector: body.sector,
  country: body.country,
  identifiers: body.identifiers ?? {},
  metadata: body.metadata ?? {},
  createdAt: now,
  updatedAt: now,
});

export async function createSme(db: Db, p: Principal, body: z.infer<typeof CreateSmeBody>, now: number) {
  const [row] = await db
    .insert(smes)
    .values(newSmeRow(p, body, now))
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ApiError("sme_already_exists", `An SME with sme_id ${body.sme_id} already exists.`, "sme_id");
  return row;
}

export const smeNotFound = (smeId: string) => new ApiError("sme_not_found", `No SME with sme_id ${smeId}.`, "sme_id");

export async function findSme(db: Db, p: Tenant, smeId: string): Promise<SmeRow> {
  const row = await db.query.smes.findFirst({ where: ownSmes(p, eq(smes.smeId, smeId)) });
  if (!row) throw smeNotFound(smeId);
  return row;
}

export async function listSmes(db: Db, p: Principal, q: z.infer<typeof SmeListQuery> & { limit: number; cursor?: string | undefined }) {
  return listPage(
    db,
    smes,
    ownSmes(p, q.sector ? eq(smes.sector, q.sector) : undefined, q.country ? eq(smes.country, q.country) : undefined),
    q,
    toSme,
  );
}

/** A new sector changes what the SME is scored against: its ledger forgets the one it remembers. */
export async function updateSme(env: Env, p: Principal, smeId: string, patch: z.infer<typeof UpdateSmeBody>, now: number) {
  const [row] = await database(env.DB)
    .update(smes)
    .set({
      updatedAt: now,
      ...(patch.name === undefined ? {} : { name: patch.name }),
      ...(patch.sector === undefined ? {} : { sector: patch.sector }),
      ...(patch.identifiers === undefined ? {} : { identifiers: patch.identifiers }),
      ...(patch.metadata === undefined ? {} : { metadata: patch.metadata }),
    })
    .where(ownSmes(p, eq(smes.smeId, smeId)))
    .returning();
  if (!row) throw smeNotFound(smeId);
  if (patch.sector !== undefined) await ledgerOf(env, p, smeId).forget();
  return row;
}
