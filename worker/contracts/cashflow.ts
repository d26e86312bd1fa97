import { z } from "@hono/zod-openapi";

export const CASHFLOW_INTERVALS = ["month", "week"] as const;
export type CashflowInterval = (typeof CASHFLOW_INTERVALS)[number];

export const MAX_CASHFLOW_PERIODS = 36;

export const CashflowQuery = z.object({
  interval: z.enum(CASHFLOW_INTERVALS).default("month").openapi({ description: "Calendar months, or ISO weeks (Monday to Sunday), UTC" }),
  periods: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_CASHFLOW_PERIODS)
    .default(12)
    .openapi({ description: `How many periods, ending with the current one: 1–${MAX_CASHFLOW_PERIODS}, default 12` }),
});

const Day = z.string().openapi({ format: "date", example: "2026-06-01" });

export const CashflowSchema = z
  .object({
    object: z.literal("cashflow"),
    sme_id: z.string(),
    interval: z.enum(CASHFLOW_INTERVALS),
    currency: z.literal("XOF"),
    data: z
      .array(
        z.object({
          period_start: Day,
          period_end: Day,
          inflow: z.number().int().openapi({ description: "Total incoming, XOF" }),
          outflow: z.number().int().openapi({ description: "Total outgoing, XOF" }),
          net: z.number().int(),
          in_count: z.number().int(),
          out_count: z.number().int(),
          complete: z.boolean().openapi({ description: "false for the current period, still running" }),
        }),
      )
      .openapi({ description: "Every period, oldest first; zeros where the SME had no flow" }),
  })
  .openapi("Cashflow");
