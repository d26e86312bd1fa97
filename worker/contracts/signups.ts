import { z } from "@hono/zod-openapi";
import { COUNTRIES } from "./smes";

/** Small on purpose: the route is public, so its body is bounded twice (bytes and fields). */
export const SIGNUP_MAX_BODY_BYTES = 4096;

export const SandboxSignupBody = z
  .strictObject({
    organization: z.string().trim().min(2).max(120).openapi({ example: "Banque Atlantique Sénégal" }),
    email: z
      .string()
      .trim()
      .max(254)
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "email must be an address such as ama@bank.sn")
      .openapi({ example: "ama.diallo@bank.sn" }),
    country: z.enum(COUNTRIES),
  })
  .openapi("SandboxSignup");

export const SandboxSignupSchema = z
  .object({
    object: z.literal("sandbox_signup"),
    institution_id: z.string().openapi({ example: "ins_7Qh…" }),
    organization: z.string(),
    api_key: z.object({
      id: z.string(),
      role: z.literal("admin"),
      secret: z.string().openapi({ example: "sk_test_…", description: "Shown once; a sandbox (test) key, never a live one" }),
    }),
    sandbox: z.object({ mock_smes: z.number().int() }),
    created_at: z.string().openapi({ format: "date-time" }),
  })
  .openapi("SandboxSignupResult");
