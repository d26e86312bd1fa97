import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";

export const institutions = sqliteTable("institutions", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: timestamp("created_at").notNull(),
});
