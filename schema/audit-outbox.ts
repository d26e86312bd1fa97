import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenancy } from "./columns";

/**
 * Audit entries whose append to their institution's AuditLog failed after retries. They wait
 * here, in another store, until the next read of that log moves them into the chain.
 */
export const auditOutbox = sqliteTable(
  "audit_outbox",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    ...tenancy,
    /** The entry as JSON: the same fields the log keeps, never a secret. */
    entry: text("entry").notNull(),
  },
  (t) => [index("audit_outbox_tenant").on(t.institutionId, t.environment, t.seq)],
);
