import { z } from "@hono/zod-openapi";
import type { INGESTION_REJECT_CODES } from "./flows";
import { SmeIdParam } from "./smes";

export const MAX_PI_SPI_EVENTS = 1000;

export const ConnectQuery = z.object({
  sme_id: SmeIdParam.optional().openapi({
    description:
      "The SME the payments belong to. Without it, the SME is the one whose `accounts` hold the account (camt) or alias (PI-SPI) the message names.",
  }),
});

export const PI_SPI_EVENT_CODES = [
  "PAIEMENT_RECU",
  "PAIEMENT_ENVOYE",
  "PAIEMENT_REJETE",
  "RTP_RECU",
  "RTP_REJETE",
  "ANNULATION_DEMANDE",
  "ANNULATION_REJETE",
  "RETOUR_ENVOYE",
  "RETOUR_REJETE",
  "RETOUR_RECU",
] as const;
const PI_SPI_STATUSES = ["INITIE", "ENVOYE", "IRREVOCABLE", "REJETE"] as const;

const text = (max: number) => z.string().min(1).max(max);

/**
 * One PI-SPI business-interface event (`WebhookEvent`), optionally with the payment fields the
 * participant holds (statut, irrevocability date, the other party's alias or account). Fields
 * PI-SPI adds in later versions are ignored, not refused: this is their format, not ours.
 */
export const PiSpiEvent = z
  .looseObject({
    evCode: z
      .string()
      .max(40)
      .openapi({ example: "PAIEMENT_RECU", description: `One of ${PI_SPI_EVENT_CODES.join(", ")}` }),
    evDate: text(40).optional().openapi({ example: "2026-12-01T15:35:54.550Z" }),
    end2endId: text(35).optional().openapi({ example: "ESNB00120261201153554KXvozkpNvhUk" }),
    montant: z.number().optional().openapi({ example: 45000 }),
    alias: text(140)
      .optional()
      .openapi({ description: "The business client's (the SME's) alias", example: "7f3c1e52-9a0b-4d55-b1c2-6c0a2f9e8d41" }),
    statut: z.enum(PI_SPI_STATUSES).optional(),
    dateIrrevocabilite: text(40).optional(),
    retourStatut: z.enum(PI_SPI_STATUSES).optional(),
    retourDateIrrevocabilite: text(40).optional(),
    payeurAlias: text(140).optional(),
    payeAlias: text(140).optional(),
    payeurCompte: text(140).optional(),
    payeCompte: text(140).optional(),
  })
  .openapi("PiSpiEvent");
export type PiSpiEvent = z.infer<typeof PiSpiEvent>;

export const PiSpiNotification = z
  .looseObject({
    data: z
      .array(z.unknown())
      .min(1)
      .max(MAX_PI_SPI_EVENTS)
      .openapi({
        type: "array",
        items: { $ref: "#/components/schemas/PiSpiEvent" },
        description: `1–${MAX_PI_SPI_EVENTS} events, each checked on its own`,
      }),
    meta: z.object({ total: z.number().int() }).optional(),
  })
  .openapi("PiSpiNotification");

export type IngestionRejectCode = (typeof INGESTION_REJECT_CODES)[number];
