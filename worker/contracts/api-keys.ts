import { z } from "@hono/zod-openapi";
import { ROLES } from "../../schema";
import { listOf, Timestamp } from "./common";

export const CreateApiKeyBody = z
  .strictObject({
    name: z.string().min(1).max(100).openapi({ example: "Core banking integration" }),
    role: z.enum(ROLES),
    team: z.string().min(1).max(100).optional(),
  })
  .openapi("CreateApiKey");

export const DEFAULT_ROLL_SECONDS = 86_400;

export const RollApiKeyBody = z
  .strictObject({
    expires_in_seconds: z
      .number()
      .int()
      .min(0)
      .max(30 * 86_400)
      .default(DEFAULT_ROLL_SECONDS)
      .openapi({ description: "How long the old secret keeps working (default 24 h; 0 = now)" }),
  })
  .openapi("RollApiKey");

export const ApiKeySchema = z
  .object({
    object: z.literal("api_key"),
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    team: z.string().nullable(),
    prefix: z.string().openapi({ example: "sk_live_4fQa" }),
    last4: z.string(),
    created_at: Timestamp,
    expires_at: Timestamp.nullable(),
    last_used_at: Timestamp.nullable(),
  })
  .openapi("ApiKey");

export const ApiKeyWithSecret = ApiKeySchema.extend({
  secret: z.string().openapi({ description: "Shown once, at creation or roll" }),
}).openapi("ApiKeyWithSecret");

export const ApiKeyList = listOf(ApiKeySchema, "ApiKeyList");
