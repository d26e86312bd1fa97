import { count } from "drizzle-orm";
import { smes } from "../../schema";
import { SEVERITIES } from "../../scoring/events/alerts";
import { GRADES, SECTORS } from "../../scoring/types";
import type { Tenant } from "../http/context";
import { openAlertsBySeverity } from "./alerts";
import type { Db } from "./db";
import { ownSmes } from "./smes";

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts by latest grade (or unscored) and by sector, and open alerts by severity: one D1 round trip. */
export async function portfolioSummary(db: Db, t: Tenant) {
  const [grades, sectors, open] = await db.batch([
    db.select({ grade: smes.latestGrade, n: count() }).from(smes).where(ownSmes(t)).groupBy(smes.latestGrade),
    db.select({ sector: smes.sector, n: count() }).from(smes).where(ownSmes(t)).groupBy(smes.sector),
    openAlertsBySeverity(db, t),
  ]);
  const byGrade = { ...zeros(GRADES), unscored: 0 };
  for (const g of grades) byGrade[(g.grade ?? "unscored") as keyof typeof byGrade] += g.n;
  const bySector = zeros(SECTORS);
  for (const s of sectors) bySector[s.sector as keyof typeof bySector] += s.n;
  const openAlerts = zeros(SEVERITIES);
  for (const a of open) openAlerts[a.severity] += a.n;
  return {
    object: "portfolio_summary" as const,
    smes: sectors.reduce((n, s) => n + s.n, 0),
    by_grade: byGrade,
    by_sector: bySector,
    open_alerts: openAlerts,
  };
}
