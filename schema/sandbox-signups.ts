import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";

/**
 * One row per self-serve sandbox: the key is a SHA-256 of the normalised e-mail address (the
 * address itself is not kept: uniqueness is all we need it for), so a second signup with the
 * same address is refused. The institution it created has test keys only.
 */
export const sandboxSignups = sqliteTable("sandbox_signups", {
  emailHash: text("email_hash").primaryKey(),
  institutionId: text("institution_id").notNull().unique(),
  organization: text("organization").notNull(),
  country: text("country").notNull(),
  createdAt: timestamp("created_at").notNull(),
});
