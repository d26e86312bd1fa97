import { z } from "@hono/zod-openapi";
import { ERRORS, type ErrorCode } from "../http/errors";

export const ErrorSchema = z
  .object({
    error: z.object({
      type: z.string().openapi({ example: "invalid_request_error" }),
      code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      param: z.string().optional(),
      request_id: z.string().openapi({ example: "req_3kT9…" }),
    }),
  })
  .openapi("Error");

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: "1–100, default 20" }),
  cursor: z.string().max(200).optional().openapi({ description: "`next_cursor` of the previous page" }),
});

export const listOf = <T extends z.ZodTypeAny>(item: T, name: string) =>
  z
    .object({
      object: z.literal("list"),
      data: z.array(item),
      has_more: z.boolean(),
      next_cursor: z.string().nullable(),
    })
    .openapi(name);

export const Timestamp = z.string().openapi({ format: "date-time", example: "2026-06-06T09:12:44Z" });

/** An OpenAPI JSON response of `schema`. */
export const jsonResponse = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** A required OpenAPI JSON request body of `schema`. */
export const jsonRequest = <T extends z.ZodTypeAny>(schema: T) => ({ required: true, content: { "application/json": { schema } } });

const jsonError = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});

/** The failures every authenticated route can answer, declared once for the OpenAPI document. */
export const commonErrors = {
  400: jsonError("Malformed request (`invalid_json`, `validation_failed`)"),
  401: jsonError("Missing or invalid credentials"),
  403: jsonError("`insufficient_scope` for this key's role"),
  429: jsonError("`rate_limited`; see `Retry-After`"),
  500: jsonError("`internal_error`"),
} as const;

export { jsonError };
