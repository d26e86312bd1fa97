import { z } from "@hono/zod-openapi";
import { listOf, Timestamp } from "./common";
import { EventType } from "./events";

/** Webhook endpoints per institution and environment: every event fans out to at most this many POSTs. */
export const MAX_ENDPOINTS = 20;

const Selection = z
  .array(z.union([EventType, z.literal("*")]))
  .min(1)
  .max(10)
  .refine((ev) => !ev.includes("*") || ev.length === 1, 'events is either ["*"] or a list of event types')
  .openapi({ description: 'Event types to receive, or ["*"] for all', example: ["score.downgraded", "sme.risk_zone_entered"] });

const Url = z.string().max(2048).openapi({
  description: "Live: https to a public host. Test: http://localhost and 127.0.0.1 allowed too.",
  example: "https://hooks.example-bank.sn/score360",
});
const Description = z.string().max(500);

export const CreateEndpointBody = z
  .strictObject({ url: Url, events: Selection, description: Description.optional() })
  .openapi("CreateWebhookEndpoint");

export const UpdateEndpointBody = z
  .strictObject({
    url: Url.optional(),
    events: Selection.optional(),
    description: Description.nullable().optional(),
    status: z.enum(["enabled", "disabled"]).optional().openapi({ description: "`enabled` turns a disabled endpoint back on" }),
  })
  .openapi("UpdateWebhookEndpoint");

export const EndpointSchema = z
  .object({
    object: z.literal("webhook_endpoint"),
    id: z.string().openapi({ example: "we_7Zr…" }),
    url: z.string(),
    events: z.array(z.string()),
    description: z.string().nullable(),
    status: z.enum(["enabled", "disabled"]),
    disabled_reason: z
      .enum(["gone", "failing", "manual"])
      .nullable()
      .openapi({ description: "`gone`: the receiver answered 410; `failing`: 5 days without a success; `manual`: by PATCH" }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("WebhookEndpoint");

export const EndpointWithSecret = EndpointSchema.extend({
  secret: z
    .string()
    .openapi({ description: "Shown only now: `whsec_` and base64 of 32 bytes", example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }),
}).openapi("WebhookEndpointWithSecret");

export const RotatedEndpoint = EndpointWithSecret.extend({
  previous_secret_expires_at: Timestamp.nullable().openapi({ description: "Until then deliveries carry both signatures" }),
}).openapi("RotatedWebhookEndpoint");

export const EndpointList = listOf(EndpointSchema, "WebhookEndpointList");

export const DeliverySchema = z
  .object({
    object: z.literal("webhook_delivery"),
    event_id: z.string(),
    endpoint_id: z.string(),
    attempt: z.number().int().openapi({ description: "1 for the first attempt of a sending" }),
    redelivery: z.boolean().openapi({ description: "Part of a sending asked for with POST /v1/events/{id}/redeliver" }),
    outcome: z.enum(["in_flight", "succeeded", "retrying", "failed"]),
    status_code: z.number().int().nullable(),
    latency_ms: z.number().int().nullable(),
    error: z.string().nullable(),
    next_attempt_at: Timestamp.nullable(),
    attempted_at: Timestamp,
  })
  .openapi("WebhookDelivery");

export const DeliveryList = listOf(DeliverySchema, "WebhookDeliveryList");
