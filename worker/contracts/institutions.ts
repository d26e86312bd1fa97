import { z } from "@hono/zod-openapi";
import { Timestamp } from "./common";

export const CreateInstitutionBody = z
  .strictObject({ name: z.string().min(1).max(200).openapi({ example: "Banque Atlantique Sénégal" }) })
  .openapi("CreateInstitution");

const IssuedKey = z.object({
  id: z.string(),
  role: z.literal("admin"),
  secret: z.string().openapi({ description: "Shown once; only its hash is stored" }),
});

export const InstitutionSchema = z
  .object({
    object: z.literal("institution"),
    id: z.string().openapi({ example: "ins_8Kq2…" }),
    name: z.string(),
    created_at: Timestamp,
    api_keys: z.object({ test: IssuedKey, live: IssuedKey }),
    sandbox: z.object({ mock_smes: z.number().int() }),
  })
  .openapi("Institution");
