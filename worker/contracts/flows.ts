import { z } from "@hono/zod-openapi";
import { SmeIdParam } from "./smes";

export const CHANNELS = ["pi_spi", "mobile_money", "card", "bank_transfer", "cash"] as const;
export const MAX_FLOWS_PER_CALL = 1000;
/** A flow may be dated this far ahead of the server clock (device clocks drift). */
export const FUTURE_SKEW_MINUTES = 5;
/** Older flows say nothing about the 30–365-day windows scoring reads. */
export const MAX_FLOW_AGE_DAYS = 400;

/**
 * One PI-SPI payment. Ingestion checks each item against this schema on its own, so a bad
 * item is rejected with its index while the good ones are kept.
 */
export const FlowItem = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(128)
      .openapi({ description: "End-to-end id (ISO 20022 EndToEndId), unique per SME", example: "E2E-20260601-000123" }),
    occurred_at: z.iso.datetime({ offset: true }).openapi({
      description: `RFC 3339; not in the future (${FUTURE_SKEW_MINUTES} min skew) nor older than ${MAX_FLOW_AGE_DAYS} days`,
    }),
    amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).openapi({ description: "XOF, no minor unit", example: 150000 }),
    direction: z.enum(["in", "out"]),
    counterparty: z.string().max(128).optional().openapi({ description: "Opaque payer/payee id", example: "cp_7781" }),
    channel: z.enum(CHANNELS).default("pi_spi"),
  })
  .openapi("Flow");

export const FlowIngestionBody = z
  .strictObject({
    sme_id: SmeIdParam,
    flows: z
      .array(z.unknown())
      .min(1)
      .max(MAX_FLOWS_PER_CALL)
      .openapi({ type: "array", items: { $ref: "#/components/schemas/Flow" }, description: "1–1000 flows" }),
  })
  .openapi("FlowIngestion");

export const FLOW_REJECT_CODES = [
  "invalid_flow",
  "invalid_id",
  "invalid_occurred_at",
  "occurred_at_in_future",
  "occurred_at_too_old",
  "invalid_amount",
  "invalid_direction",
  "invalid_counterparty",
  "invalid_channel",
] as const;
export type FlowRejectCode = (typeof FLOW_REJECT_CODES)[number];

/** What a connector's document itself says is no flow (docs/connectors.md). */
export const CONNECTOR_REJECT_CODES = [
  "entry_not_booked",
  "unsupported_currency",
  "missing_reference",
  "missing_date",
  "not_irrevocable",
  "not_a_payment",
] as const;
export type ConnectorRejectCode = (typeof CONNECTOR_REJECT_CODES)[number];

/** The ledger's codes and the connectors'. */
export const INGESTION_REJECT_CODES = [...FLOW_REJECT_CODES, ...CONNECTOR_REJECT_CODES] as const;

export const FlowIngestionResult = z
  .object({
    object: z.literal("flow_ingestion"),
    sme_id: z.string(),
    received: z.number().int(),
    accepted: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.array(
      z.object({
        index: z
          .number()
          .int()
          .openapi({ description: "The item's position: in `flows`, or among a connector message's entries, transactions and events" }),
        path: z.string().optional().openapi({
          description: "Connectors only: where the item is in what you sent",
          example: "/Document/BkToCstmrStmt/Stmt[1]/Ntry[4]",
        }),
        code: z.enum(INGESTION_REJECT_CODES),
        message: z.string(),
      }),
    ),
  })
  .openapi("FlowIngestionResult");
