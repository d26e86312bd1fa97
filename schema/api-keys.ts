import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenancy, timestamp } from "./columns";

export const ROLES = ["admin", "integrator", "risk_analyst", "auditor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** The secret itself is never stored: only its SHA-256, which is also the lookup key. */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    ...tenancy,
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    team: text("team"),
    secretHash: text("secret_hash").notNull(),
    prefix: text("prefix").notNull(),
    last4: text("last4").notNull(),
    createdAt: timestamp("created_at").notNull(),
    expiresAt: timestamp("expires_at"),
    revokedAt: timestamp("revoked_at"),
    lastUsedAt: timestamp("last_used_at"),
  },
  (t) => [
    uniqueIndex("api_keys_id").on(t.id),
    uniqueIndex("api_keys_secret_hash").on(t.secretHash),
    index("api_keys_tenant").on(t.institutionId, t.environment),
  ],
);
