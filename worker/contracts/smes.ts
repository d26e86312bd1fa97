import { z } from "@hono/zod-openapi";
import { ACCOUNT_SCHEMES } from "../../schema/sme-accounts";
import { SECTORS } from "../../scoring/types";
import { isValidIban, normalizeIban } from "../connectors/iban";
import { listOf, Timestamp } from "./common";

export const COUNTRIES = ["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"] as const;

export const SmeIdParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "sme_id must be 1–64 characters of A–Z, a–z, 0–9, _ and -")
  .openapi({ example: "SME_8421" });

const Identifiers = z
  .strictObject({
    rccm: z.string().min(1).max(64).optional().openapi({ example: "SN-DKR-2019-B-12345" }),
    tax_id: z.string().min(1).max(64).optional().openapi({ example: "0012345 2G3" }),
  })
  .openapi({ description: "Registry (RCCM) and tax identifiers" });

const Metadata = z
  .record(z.string().min(1).max(40), z.string().max(500))
  .refine((m) => Object.keys(m).length <= 20, "metadata holds at most 20 pairs")
  .openapi({ description: "Up to 20 string pairs of your own", example: { branch: "Dakar-Plateau" } });

const Sector = z.enum(SECTORS);

export const MAX_ACCOUNTS = 20;

const Account = z
  .strictObject({
    scheme: z.enum(ACCOUNT_SCHEMES).openapi({ description: "`iban` (checked, ISO 13616), `account` (another account id), `pi_spi_alias`" }),
    id: z.string().min(1).max(140).openapi({ example: "SN08SN0100152000048500003035" }),
  })
  .refine((a) => a.scheme !== "iban" || isValidIban(a.id), { message: "not a valid IBAN (ISO 13616 check digits)", path: ["id"] })
  .openapi("SmeAccount");

const accountKey = (a: { scheme: string; id: string }) => `${a.scheme}:${a.scheme === "iban" ? normalizeIban(a.id) : a.id.trim()}`;

const Accounts = z
  .array(Account)
  .max(MAX_ACCOUNTS)
  .refine((list) => new Set(list.map(accountKey)).size === list.length, "an account is listed twice")
  .openapi({
    description: `Up to ${MAX_ACCOUNTS} payment identifiers of the SME, each unique in your institution and environment: the connectors find the SME from them. Replaced as a whole on update.`,
    example: [
      { scheme: "iban", id: "SN08SN0100152000048500003035" },
      { scheme: "pi_spi_alias", id: "7f3c1e52-9a0b-4d55-b1c2-6c0a2f9e8d41" },
    ],
  });

export const CreateSmeBody = z
  .strictObject({
    sme_id: SmeIdParam,
    name: z.string().min(1).max(200).optional().openapi({ example: "Boulangerie Ndiaye" }),
    sector: Sector,
    country: z.enum(COUNTRIES),
    identifiers: Identifiers.optional(),
    metadata: Metadata.optional(),
    accounts: Accounts.optional(),
  })
  .openapi("CreateSme");

/** Fields left out are unchanged; `identifiers`, `metadata` and `accounts` are replaced as a whole. */
export const UpdateSmeBody = z
  .strictObject({
    name: z.string().min(1).max(200).optional(),
    sector: Sector.optional(),
    identifiers: Identifiers.optional(),
    metadata: Metadata.optional(),
    accounts: Accounts.optional(),
  })
  .openapi("UpdateSme");

export const SmeSchema = z
  .object({
    object: z.literal("sme"),
    sme_id: z.string(),
    name: z.string().nullable(),
    sector: Sector,
    country: z.enum(COUNTRIES),
    identifiers: z.record(z.string(), z.string()),
    metadata: z.record(z.string(), z.string()),
    accounts: z.array(z.object({ scheme: z.enum(ACCOUNT_SCHEMES), id: z.string() })),
    flows: z.object({ count: z.number().int(), first_at: Timestamp.nullable(), last_at: Timestamp.nullable() }),
    latest_score: z.object({ score: z.number().int(), grade: z.enum(["A", "B", "C", "D", "E"]), scored_at: Timestamp }).nullable(),
    created_at: Timestamp,
  })
  .openapi("Sme");

export const SmeListQuery = z.object({ sector: Sector.optional(), country: z.enum(COUNTRIES).optional() });

export const SmeList = listOf(SmeSchema, "SmeList");

export const ErasureSchema = z
  .object({
    object: z.literal("erasure"),
    sme_id: z.string(),
    erased_at: Timestamp,
    erased: z.object({ flows: z.number().int(), scores: z.number().int(), alerts: z.number().int() }),
  })
  .openapi("Erasure");

export type Sme = z.infer<typeof SmeSchema>;

export const MAX_SMES_PER_BULK = 1000;

/** Each item is checked against `CreateSme` on its own, so a bad one is rejected by index while the good ones are kept. */
export const BulkCreateSmesBody = z
  .strictObject({
    smes: z
      .array(z.unknown())
      .min(1)
      .max(MAX_SMES_PER_BULK)
      .openapi({
        type: "array",
        items: { $ref: "#/components/schemas/CreateSme" },
        description:
          "1–1000 SMEs, each as in CreateSme but without `accounts` (an item with accounts is rejected: give them with POST /v1/smes or PATCH /v1/smes/{sme_id})",
      }),
  })
  .openapi("BulkCreateSmes");

export const BULK_SME_REJECT_CODES = ["validation_failed", "sme_already_exists"] as const;

export const BulkCreateSmesResult = z
  .object({
    object: z.literal("sme_bulk_registration"),
    received: z.number().int(),
    created: z.number().int(),
    duplicates: z
      .number()
      .int()
      .openapi({ description: "Items identical to an SME already registered (by an earlier call, or earlier in this one)" }),
    rejected: z.array(
      z.object({
        index: z.number().int(),
        sme_id: z.string().nullable(),
        code: z.enum(BULK_SME_REJECT_CODES),
        param: z.string().optional(),
        message: z.string(),
      }),
    ),
  })
  .openapi("BulkCreateSmesResult");
