import type { smes } from "../../schema";
import { MOCK_SMES } from "../../scoring/mock-smes";

/**
 * The sandbox's fixtures as D1 rows of the test environment: one per sector × grade. Their
 * flows are not written here: each mock's ledger generates them on first use, so creating an
 * institution stays a single small batch.
 */
export const sandboxSmeRows = (institutionId: string, now: number): (typeof smes.$inferInsert)[] =>
  MOCK_SMES.map((m) => ({
    institutionId,
    environment: "test",
    smeId: m.id,
    name: m.name,
    sector: m.sector,
    country: m.country,
    identifiers: {},
    metadata: { sandbox: "true", expected_grade: m.grade },
    mock: true,
    createdAt: now,
    updatedAt: now,
  }));
