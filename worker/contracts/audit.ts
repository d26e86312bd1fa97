import { z } from "@hono/zod-openapi";
import { ListQuery, listOf, Timestamp } from "./common";

export const AuditQuerySchema = ListQuery.extend({
  actor: z.string().max(64).optional().openapi({ description: "A key id or OAuth client id" }),
  action: z.string().max(200).optional().openapi({ example: "DELETE /v1/smes/:sme_id" }),
  status: z.coerce.number().int().min(100).max(599).optional(),
  from: z.iso.datetime().optional().openapi({ description: "At or after (RFC 3339 UTC)" }),
  to: z.iso.datetime().optional().openapi({ description: "Before (RFC 3339 UTC)" }),
});

export const AuditEntrySchema = z
  .object({
    object: z.literal("audit_entry"),
    id: z.string(),
    seq: z.int().openapi({ description: "Position in the chain, from 1, without gaps" }),
    at: Timestamp,
    actor: z.string().openapi({ description: "The key id or OAuth client id (never a secret)" }),
    action: z.string().openapi({ example: "POST /v1/scores" }),
    resource: z.string().nullable().openapi({ description: "The path of the object addressed, when the route addresses one" }),
    status: z.int(),
    request_id: z.string(),
    ip: z.string().nullable(),
    user_agent: z.string().nullable(),
    prev_hash: z.string().openapi({ description: "The previous entry's hash (64 zeros for the first)" }),
    hash: z.string().openapi({ description: 'SHA-256 hex of prev_hash + "\\n" + the canonical entry' }),
  })
  .openapi("AuditEntry");

export const AuditEntryList = listOf(AuditEntrySchema, "AuditEntryList");

export const AuditVerificationSchema = z
  .object({
    object: z.literal("audit_verification"),
    valid: z.boolean(),
    entries: z.int().openapi({ description: "Entries checked (up to and including the first broken one)" }),
    head: z.object({ seq: z.int(), hash: z.string() }).nullable().openapi({
      description: "The last entry's hash when the chain is valid: keep it to detect a later rewrite",
    }),
    first_broken: z.object({ seq: z.int(), id: z.string(), reason: z.enum(["sequence_gap", "broken_link", "hash_mismatch"]) }).nullable(),
    verified_at: Timestamp,
  })
  .openapi("AuditVerification");
