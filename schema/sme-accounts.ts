import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenancy, timestamp } from "./columns";

export const ACCOUNT_SCHEMES = ["iban", "account", "pi_spi_alias"] as const;
export type AccountScheme = (typeof ACCOUNT_SCHEMES)[number];

/**
 * The payment identifiers an SME holds: how the connectors find the SME a camt statement or a
 * PI-SPI notification is about. The key makes an identifier belong to one SME per institution
 * and environment; erasure deletes the SME's rows with it.
 */
export const smeAccounts = sqliteTable(
  "sme_accounts",
  {
    ...tenancy,
    scheme: text("scheme", { enum: ACCOUNT_SCHEMES }).notNull(),
    accountId: text("account_id").notNull(),
    smeId: text("sme_id").notNull(),
    /** The order the bank gave them in, to read them back the same way. */
    position: integer("position").notNull(),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.institutionId, t.environment, t.scheme, t.accountId] }),
    index("sme_accounts_tenant_sme").on(t.institutionId, t.environment, t.smeId, t.position),
  ],
);
