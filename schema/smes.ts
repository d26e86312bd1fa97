import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenancy, timestamp } from "./columns";

/**
 * One row per registered SME. `seq` orders lists (keyset pagination); `flow_*` and `latest_*`
 * are summaries kept by ingestion and scoring so that reading an SME never wakes its ledger.
 */
export const smes = sqliteTable(
  "smes",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    ...tenancy,
    smeId: text("sme_id").notNull(),
    name: text("name"),
    sector: text("sector").notNull(),
    country: text("country").notNull(),
    identifiers: text("identifiers", { mode: "json" }).$type<Record<string, string>>().notNull(),
    metadata: text("metadata", { mode: "json" }).$type<Record<string, string>>().notNull(),
    /** `erasing` while an erasure is under way: invisible to every route, re-runnable. */
    status: text("status", { enum: ["active", "erasing"] })
      .notNull()
      .default("active"),
    /** A sandbox fixture whose ledger is generated, not ingested. */
    mock: integer("mock", { mode: "boolean" }).notNull().default(false),
    flowCount: integer("flow_count").notNull().default(0),
    firstFlowAt: timestamp("first_flow_at"),
    lastFlowAt: timestamp("last_flow_at"),
    latestScore: integer("latest_score"),
    latestGrade: text("latest_grade"),
    latestPd: real("latest_pd"),
    latestScoredAt: timestamp("latest_scored_at"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("smes_tenant_sme").on(t.institutionId, t.environment, t.smeId),
    index("smes_tenant_seq").on(t.institutionId, t.environment, t.seq),
    // Covers the portfolio summary's count by sector and grade: read from the index alone, in group order.
    index("smes_tenant_portfolio").on(t.institutionId, t.environment, t.status, t.sector, t.latestGrade),
  ],
);

export type SmeRow = typeof smes.$inferSelect;
