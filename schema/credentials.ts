import { integer, text } from "drizzle-orm/sqlite-core";
import { tenancy, timestamp } from "./columns";

export const ROLES = ["admin", "integrator", "risk_analyst", "auditor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * What API keys and OAuth clients share: an owner, a role, and a secret of which only the
 * SHA-256 is stored.
 */
export const credentialColumns = {
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
};
