import { z } from "@hono/zod-openapi";
import { EVENT_TYPES } from "../../scoring/events/types";
import { GRADES } from "../../scoring/types";
import { listOf, Timestamp } from "./common";
import { SmeIdParam } from "./smes";

export const EventType = z.enum(EVENT_TYPES);

const ScoreRef = z
  .object({ score: z.number().int(), grade: z.enum(GRADES), pd: z.number() })
  .openapi("ScoreRef", { example: { score: 571, grade: "C", pd: 0.047 } });

/** The webhook body is exactly this object without `object`. */
export const EventSchema = z
  .object({
    object: z.literal("event"),
    id: z.string().openapi({ example: "evt_4Hq…" }),
    event: EventType,
    environment: z.enum(["test", "live"]),
    sme_id: z.string(),
    from: ScoreRef.nullable().openapi({ description: "The previous score; null for a first score and for sme.erased" }),
    to: ScoreRef.nullable().openapi({ description: "The new score; null for sme.erased" }),
    reason: z.string().openapi({ example: "inflow_trend", description: "Why it fired; see the event catalogue in docs/webhooks.md" }),
    threshold: z.number().int().optional().openapi({ description: "score.threshold_crossed only" }),
    anomalies: z.number().int().optional().openapi({ description: "anomaly.detected only" }),
    occurred_at: Timestamp,
  })
  .openapi("Event");

export const EventList = listOf(EventSchema, "EventList");

export const EventListQuery = z.object({ type: EventType.optional(), sme_id: SmeIdParam.optional() });

export const Redelivery = z
  .object({
    object: z.literal("redelivery"),
    event_id: z.string(),
    endpoints: z.number().int().openapi({ description: "Enabled endpoints subscribed to the event, each sent it again" }),
  })
  .openapi("Redelivery");

export const SandboxEventBody = z
  .strictObject({
    event: EventType,
    sme_id: SmeIdParam.optional().openapi({ description: "One of your test SMEs; a sandbox mock SME when left out" }),
  })
  .openapi("SandboxEvent");
