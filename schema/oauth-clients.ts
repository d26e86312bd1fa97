import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ROLES } from "./api-keys";
import { tenancy, timestamp } from "./columns";

/**
 * OAuth2 clients (client credentials grant). A client lives in one environment, the one of the
 * key that created it; its tokens carry that environment. Only the secret's SHA-256 is stored.
 */
export const oauthClients = sqliteTable(
  "oauth_clients",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    ...tenancy,
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    team: text("team"),
    secretHash: text("secret_hash").notNull(),
    createdAt: timestamp("created_at").notNull(),
    revokedAt: timestamp("revoked_at"),
    lastUsedAt: timestamp("last_used_at"),
  },
  (t) => [uniqueIndex("oauth_clients_id").on(t.id), index("oauth_clients_tenant").on(t.institutionId, t.environment)],
);
