import { z } from "@hono/zod-openapi";
import { ALERT_STATUSES } from "../../schema";
import { SEVERITIES } from "../../scoring/events/alerts";
import { currentModel } from "../../scoring/model";
import { GRADES, SECTORS } from "../../scoring/types";
import { listOf, Timestamp } from "./common";
import { EventType } from "./events";
import { SmeIdParam } from "./smes";

const Severity = z.enum(SEVERITIES);
const Status = z.enum(ALERT_STATUSES);

export const AlertSchema = z
  .object({
    object: z.literal("alert"),
    id: z.string().openapi({ example: "alr_2bX…" }),
    type: EventType,
    severity: Severity,
    sme_id: z.string(),
    details: z.record(z.string(), z.unknown()).openapi({
      description: "The event's id and facts (from, to, reason, …)",
      example: {
        event_id: "evt_4Hq…",
        from: { score: 648, grade: "B", pd: 0.028 },
        to: { score: 571, grade: "C", pd: 0.047 },
        reason: "inflow_trend",
      },
    }),
    status: Status,
    created_at: Timestamp,
    acknowledged_at: Timestamp.nullable(),
    superseded_by: z
      .string()
      .nullable()
      .openapi({ description: "The newer alert of the same type and SME that closed this one", example: null }),
    superseded_at: Timestamp.nullable(),
  })
  .openapi("Alert");

export const AlertList = listOf(AlertSchema, "AlertList");

export const AlertListQuery = z.object({
  type: EventType.optional(),
  severity: Severity.optional(),
  sme_id: SmeIdParam.optional(),
  status: Status.optional(),
});

const counts = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);

export const PortfolioSummary = z
  .object({
    object: z.literal("portfolio_summary"),
    smes: z.number().int(),
    by_grade: counts([...GRADES, "unscored"]).openapi({ description: "By latest grade; `unscored` when never scored" }),
    by_sector: counts(SECTORS),
    open_alerts: counts(SEVERITIES).openapi({ description: "Open alerts by severity" }),
  })
  .openapi("PortfolioSummary");

export const PortfolioSettings = z
  .object({
    object: z.literal("portfolio_settings"),
    score_threshold: z.number().int().openapi({ description: "score.threshold_crossed fires when a score crosses it (default 550)" }),
    risk_zone_pd: z.number().openapi({ description: "sme.risk_zone_entered fires at grade D or E, or a PD above this (default 0.1)" }),
  })
  .openapi("PortfolioSettings");

export const UpdatePortfolioSettings = z
  .strictObject({
    score_threshold: z.number().int().min(currentModel.scaling.min).max(currentModel.scaling.max).optional(),
    risk_zone_pd: z.number().gt(0).lt(1).optional(),
  })
  .openapi("UpdatePortfolioSettings");
