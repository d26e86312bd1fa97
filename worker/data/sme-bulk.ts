import type { z } from "@hono/zod-openapi";
import { and, eq, inArray } from "drizzle-orm";
import { smes } from "../../schema";
import { type BulkCreateSmesResult, CreateSmeBody } from "../contracts/smes";
import type { Tenant } from "../http/context";
import { chunks, IDS_PER_READ, rowsPerInsert } from "./d1-batches";
import type { Db } from "./db";
import { newSmeRow } from "./smes";

/** A bulk item is a registration without `accounts`: accounts are given one SME at a time (create or PATCH), where a taken one is refused with nothing stored. */
const BulkSme = CreateSmeBody.omit({ accounts: true });
type NewSme = z.infer<typeof BulkSme>;
type Rejection = z.infer<typeof BulkCreateSmesResult>["rejected"][number];

/** An SME row binds 13 parameters. */
const ROWS_PER_INSERT = rowsPerInsert(13);

/** What registration sets, in one comparable form: the same SME sent again is a duplicate, not a conflict. */
const sameAs = (a: { name: string | null; sector: string; country: string; identifiers: object; metadata: object }) =>
  JSON.stringify([a.name, a.sector, a.country, sorted(a.identifiers), sorted(a.metadata)]);
const sorted = (o: object) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));

/**
 * Registers up to 1,000 SMEs. Each item is validated on its own; an sme_id already registered
 * with the same attributes (a retried call, or the same item twice) counts as a duplicate, with
 * other attributes it is rejected as `sme_already_exists`; nothing existing is changed. The new
 * rows go in one D1 batch of multi-row inserts.
 */
export async function bulkCreateSmes(db: Db, t: Tenant, items: unknown[], now: number) {
  const rejected: Rejection[] = [];
  const firstOf = new Map<string, { index: number; body: NewSme }>();
  const repeats: { index: number; body: NewSme }[] = [];
  items.forEach((item, index) => {
    const parsed = BulkSme.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const param = issue.code === "unrecognized_keys" ? issue.keys[0]?.slice(0, 64) : issue.path.join(".") || undefined;
      const smeId = typeof (item as { sme_id?: unknown })?.sme_id === "string" ? (item as { sme_id: string }).sme_id.slice(0, 64) : null;
      rejected.push({
        index,
        sme_id: smeId,
        code: "validation_failed",
        ...(param ? { param } : {}),
        message: `${param ?? "item"}: ${issue.message}`,
      });
      return;
    }
    if (firstOf.has(parsed.data.sme_id)) repeats.push({ index, body: parsed.data });
    else firstOf.set(parsed.data.sme_id, { index, body: parsed.data });
  });

  const firsts = [...firstOf.values()];
  const inserted = chunks(firsts, ROWS_PER_INSERT).map((chunk) =>
    db
      .insert(smes)
      .values(chunk.map((i) => newSmeRow(t, i.body, now)))
      .onConflictDoNothing()
      .returning({ smeId: smes.smeId }),
  );
  const created = new Set(
    inserted.length ? (await db.batch(inserted as [(typeof inserted)[0], ...typeof inserted])).flat().map((r) => r.smeId) : [],
  );

  // Ids that were already taken: a duplicate when the registered SME is the one sent, a conflict otherwise.
  const taken = firsts.filter((i) => !created.has(i.body.sme_id));
  const existing = new Map<string, string>();
  for (const ids of chunks(
    taken.map((i) => i.body.sme_id),
    IDS_PER_READ,
  )) {
    const rows = await db
      .select()
      .from(smes)
      .where(and(eq(smes.institutionId, t.institutionId), eq(smes.environment, t.environment), inArray(smes.smeId, ids)));
    for (const r of rows) if (r.status === "active") existing.set(r.smeId, sameAs(r));
  }
  const registered = (body: NewSme) =>
    created.has(body.sme_id) ? sameAs(newSmeRow(t, firstOf.get(body.sme_id)!.body, now)) : existing.get(body.sme_id);
  let duplicates = 0;
  for (const { index, body } of [...taken, ...repeats]) {
    if (registered(body) === sameAs(newSmeRow(t, body, now))) duplicates++;
    else {
      rejected.push({
        index,
        sme_id: body.sme_id,
        code: "sme_already_exists",
        param: "sme_id",
        message: `An SME with sme_id ${body.sme_id} already exists with other attributes.`,
      });
    }
  }
  rejected.sort((a, b) => a.index - b.index);
  return { received: items.length, created: created.size, duplicates, rejected };
}
