import { count } from "drizzle-orm";
import { smes } from "../../schema";
import { SEVERITIES } from "../../scoring/events/alerts";
import { GRADES, SECTORS } from "../../scoring/types";
import type { Tenant } from "../http/context";
import { openAlertsBySeverity } from "./alerts";
import type { Db } from "./db";
import { ownSmes } from "./smes";

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Counts by latest grade (or unscored) and by sector, and open alerts by severity: one D1 round
 * trip of two grouped counts, each read from a covering index (no table row is visited).
 */
export async function portfolioSummary(db: Db, t: Tenant) {
  const [groups, open] = await db.batch([
    db
      .select({ sector: smes.sector, grade: smes.latestGrade, n: count() })
      .from(smes)
      .where(ownSmes(t))
      .groupBy(smes.sector, smes.latestGrade),
    openAlertsBySeverity(db, t),
  ]);
  const byGrade = { ...zeros(GRADES), unscored: 0 };
  const bySector = zeros(SECTORS);
  for (const g of groups) {
    byGrade[(g.grade ?? "unscored") as keyof typeof byGrade] += g.n;
    bySector[g.sector as keyof typeof bySector] += g.n;
  }
  const openAlerts = zeros(SEVERITIES);
  for (const a of open) openAlerts[a.severity] += a.n;
  return {
    object: "portfolio_summary" as const,
    smes: groups.reduce((n, g) => n + g.n, 0),
    by_grade: byGrade,
    by_sector: bySector,
    open_alerts: openAlerts,
  };
}
