import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenancy, timestamp } from "./columns";

/** A POST's first outcome, replayed for 24 h to a retry carrying the same Idempotency-Key. */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    ...tenancy,
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    /** `in_flight` holds a lease until `locked_until`: a crashed request does not block the key forever. */
    state: text("state", { enum: ["in_flight", "done"] }).notNull(),
    lockedUntil: timestamp("locked_until").notNull(),
    responseStatus: integer("response_status"),
    responseBody: text("response_body"),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.institutionId, t.environment, t.key] }),
    // The purge finds expired rows by age (worker/data/idempotency.ts).
    index("idempotency_keys_created").on(t.createdAt),
  ],
);
