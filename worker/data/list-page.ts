import { and, desc, lt, type SQL } from "drizzle-orm";
import type { RunnableQuery } from "drizzle-orm/runnable-query";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { decodeCursor, page } from "../http/pagination";
import type { Db } from "./db";

export interface PageQuery {
  limit: number;
  cursor?: string | undefined;
}

type Sequenced = SQLiteTable & { seq: SQLiteColumn };
type RowOf<T extends Sequenced> = T["$inferSelect"] & { seq: number };
/** Awaitable, or one statement of a `db.batch`. */
type ListQuery<Row> = RunnableQuery<Row[], "sqlite"> & PromiseLike<Row[]>;

/**
 * The one keyset list query: rows of `table` matching `where`, newest first by `seq`, below the
 * cursor, one more than the page so `has_more` needs no count. Every cursor list goes through it,
 * so "nothing skipped or repeated" (see http/pagination.ts) holds for all of them.
 */
export function listQuery<T extends Sequenced>(db: Db, table: T, where: SQL | undefined, q: PageQuery): ListQuery<RowOf<T>> {
  const after = decodeCursor(q.cursor);
  return db
    .select()
    .from(table as SQLiteTable)
    .where(and(where, after === null ? undefined : lt(table.seq, after)))
    .orderBy(desc(table.seq))
    .limit(q.limit + 1) as unknown as ListQuery<RowOf<T>>;
}

/** One page of `table`: `listQuery`, shaped with `toItem`. */
export async function listPage<T extends Sequenced, Item>(
  db: Db,
  table: T,
  where: SQL | undefined,
  q: PageQuery,
  toItem: (row: RowOf<T>) => Item,
) {
  return page(await listQuery(db, table, where, q), q.limit, toItem);
}
