import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenancy, timestamp } from "./columns";

export interface StoredSignals {
  cashflow_regularity: number;
  sector_benchmark: "above" | "at" | "below";
  anomalies: number;
}
export interface StoredReason {
  code: string;
  factor: string;
  impact: number;
  description: string;
}

/** Every score ever computed, with the model and window that produced it. */
export const scores = sqliteTable(
  "scores",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    ...tenancy,
    smeId: text("sme_id").notNull(),
    score: integer("score").notNull(),
    grade: text("grade").notNull(),
    pd: real("pd").notNull(),
    trend: text("trend", { enum: ["up", "stable", "down"] }).notNull(),
    sector: text("sector").notNull(),
    signals: text("signals", { mode: "json" }).$type<StoredSignals>().notNull(),
    reasons: text("reasons", { mode: "json" }).$type<StoredReason[]>().notNull(),
    windowDays: integer("window_days").notNull(),
    official: integer("official", { mode: "boolean" }).notNull().default(true),
    model: text("model").notNull(),
    scoredAt: timestamp("scored_at").notNull(),
  },
  (t) => [uniqueIndex("scores_id").on(t.id), index("scores_tenant_sme_seq").on(t.institutionId, t.environment, t.smeId, t.seq)],
);

export type ScoreRow = typeof scores.$inferSelect;
