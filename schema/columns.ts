import { integer, text } from "drizzle-orm/sqlite-core";

export const ENVIRONMENTS = ["test", "live"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** Every tenant-owned row carries both: queries filter on them, taken from the principal only. */
export const tenancy = {
  institutionId: text("institution_id").notNull(),
  environment: text("environment", { enum: ENVIRONMENTS }).notNull(),
};

/** Milliseconds since the epoch, UTC. */
export const timestamp = (name: string) => integer(name, { mode: "number" });
