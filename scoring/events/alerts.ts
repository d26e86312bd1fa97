import { GRADES } from "../types";
import type { EventFacts } from "./types";

export const SEVERITIES = ["low", "medium", "high"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * The severity of the alert an event raises in the portfolio, or null for the events that are
 * not a risk (an upgrade, a rise above the threshold, an erasure): good news needs no officer.
 */
export function alertSeverity(e: EventFacts): Severity | null {
  switch (e.event) {
    case "sme.risk_zone_entered":
      return "high";
    case "score.downgraded": {
      const drop = e.from && e.to ? GRADES.indexOf(e.to.grade) - GRADES.indexOf(e.from.grade) : 0;
      return drop >= 2 || e.to?.grade === "D" || e.to?.grade === "E" ? "high" : "medium";
    }
    case "score.threshold_crossed":
      return e.reason === "fell_below_threshold" ? "medium" : null;
    case "anomaly.detected":
      // One odd day is worth a look; several in the window are a pattern.
      return (e.anomalies ?? 0) >= 3 ? "medium" : "low";
    case "score.upgraded":
    case "sme.erased":
      return null;
  }
}
