import { z } from "@hono/zod-openapi";
import { currentModel } from "../../scoring/model";
import { GRADES, SECTORS, type Sector } from "../../scoring/types";
import { Timestamp } from "./common";
import { SmeIdParam } from "./smes";

export const DEFAULT_WINDOW_DAYS = 90;

export const ScoreRequestBody = z
  .strictObject({
    sme_id: SmeIdParam,
    sector: z
      .enum(SECTORS)
      .optional()
      .openapi({ description: "Scores against this sector instead of the registered one: a what-if score (`official: false`)" }),
    window_days: z
      .number()
      .int()
      .min(30)
      .max(365)
      .default(DEFAULT_WINDOW_DAYS)
      .openapi({ description: "30–365, default 90; any other than 90 makes a what-if score (`official: false`)" }),
  })
  .openapi("ScoreRequest");

export const ScoreSchema = z
  .object({
    object: z.literal("score"),
    id: z.string().openapi({ example: "scr_9fK2…" }),
    sme_id: z.string(),
    score: z.number().int().min(currentModel.scaling.min).max(currentModel.scaling.max).openapi({ example: 782 }),
    grade: z.enum(GRADES).openapi({ description: "Relative to the SME's sector" }),
    trend: z.enum(["up", "stable", "down"]).openapi({ description: "Against the previous score (±15 points)" }),
    pd: z.number().openapi({ description: "12-month probability of default", example: 0.0027 }),
    signals: z.object({
      cashflow_regularity: z.number().min(0).max(1),
      sector_benchmark: z.enum(["above", "at", "below"]),
      anomalies: z.number().int(),
    }),
    reasons: z
      .array(z.object({ code: z.string(), factor: z.string(), impact: z.number().int(), description: z.string() }))
      .max(4)
      .openapi({ description: "Up to 4 factors that lowered the score most, largest first" }),
    window_days: z.number().int(),
    official: z.boolean().openapi({
      description:
        "True for the SME's registered sector over the default 90-day window: the score that becomes its latest, sets its trend and raises events and alerts. False for a what-if (another sector or window): returned and kept in the history, nothing more.",
    }),
    model: z.string().openapi({ example: currentModel.name, description: "The model artifact that made this score (name and version)" }),
    scored_at: Timestamp,
  })
  .openapi("Score");

export const ScoreHistory = z
  .object({
    object: z.literal("score_history"),
    sme_id: z.string(),
    latest: ScoreSchema.nullable().openapi({ description: "The latest official score" }),
    data: z.array(ScoreSchema),
    has_more: z.boolean(),
    next_cursor: z.string().nullable(),
  })
  .openapi("ScoreHistory");

export type Score = z.infer<typeof ScoreSchema>;

/** A score as its SME's ledger keeps it in the history: the wire fields, with the sector it was scored against. */
export interface ScoreRecord {
  id: string;
  smeId: string;
  score: number;
  grade: Score["grade"];
  pd: number;
  trend: Score["trend"];
  sector: Sector;
  signals: Score["signals"];
  reasons: Score["reasons"];
  windowDays: number;
  official: boolean;
  model: string;
  /** Milliseconds since the epoch. */
  scoredAt: number;
}

/** How the ledger is asked to score (POST /v1/scores, the re-score alarm). */
export interface ScoreOptions {
  windowDays: number;
  /** Scores against this sector instead of the SME's own. */
  sector?: Sector | undefined;
}

export type ScoreOutcome =
  | { ok: true; score: Score }
  | { ok: false; code: "sme_not_found" }
  | { ok: false; code: "insufficient_data"; message: string };
