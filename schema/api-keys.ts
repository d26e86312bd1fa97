import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";
import { credentialColumns } from "./credentials";

export { ROLES, type Role } from "./credentials";

/** The secret itself is never stored: only its SHA-256, which is also the lookup key. */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    ...credentialColumns,
    prefix: text("prefix").notNull(),
    last4: text("last4").notNull(),
    expiresAt: timestamp("expires_at"),
  },
  (t) => [
    uniqueIndex("api_keys_id").on(t.id),
    uniqueIndex("api_keys_secret_hash").on(t.secretHash),
    index("api_keys_tenant").on(t.institutionId, t.environment),
  ],
);
