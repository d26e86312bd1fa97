import { drizzle } from "drizzle-orm/d1";
import * as schema from "../../schema";

const instances = new WeakMap<D1Database, ReturnType<typeof build>>();
const build = (d1: D1Database) => drizzle(d1, { schema });

/** The drizzle client of a D1 binding, built once per binding (it maps the whole schema). */
export const database = (d1: D1Database) => instances.get(d1) ?? instances.set(d1, build(d1)).get(d1)!;
export type Db = ReturnType<typeof database>;
