import type { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { sandboxSignups } from "../../schema";
import { MOCK_SMES } from "../../scoring/mock-smes";
import type { SandboxSignupBody, SandboxSignupSchema } from "../contracts/signups";
import type { Db } from "../data/db";
import { ApiError } from "../http/errors";
import { iso } from "../lib/time";
import { institutionStatements } from "./institutions";
import { emailHash } from "./signup-email";

const alreadySignedUp = () =>
  new ApiError(
    "signup_already_exists",
    "A sandbox was already created for this e-mail address; use the key shown then, or ask your SCORE360 contact.",
    "email",
  );

/** The institution an address already signed up, if any. */
async function signupOf(db: Db, hash: string) {
  const row = await db
    .select({ institutionId: sandboxSignups.institutionId })
    .from(sandboxSignups)
    .where(eq(sandboxSignups.emailHash, hash))
    .get();
  return row?.institutionId ?? null;
}

/**
 * A self-serve sandbox: an institution with a test admin key only (live access stays with the
 * operator: `POST /v1/admin/institutions`), its 50 mock SMEs, and the signup row, in one D1
 * batch. The signup row's primary key is the address's hash, so of two racing signups with one
 * address exactly one commits; the other created nothing. `onExisting` learns whose sandbox a
 * refused address already has (the audit trail records the attempt there).
 */
export async function signUp(
  db: Db,
  body: z.infer<typeof SandboxSignupBody>,
  now: number,
  onExisting: (institutionId: string) => void,
): Promise<z.infer<typeof SandboxSignupSchema>> {
  const hash = await emailHash(body.email);
  const refuse = (institutionId: string) => {
    onExisting(institutionId);
    return alreadySignedUp();
  };
  const existing = await signupOf(db, hash);
  if (existing) throw refuse(existing);
  const { id, statements, keyOf } = await institutionStatements(db, body.organization, ["test"], now);
  const signup = db
    .insert(sandboxSignups)
    .values({ emailHash: hash, institutionId: id, organization: body.organization, country: body.country, createdAt: now });
  try {
    await db.batch([...statements, signup]);
  } catch (err) {
    const winner = await signupOf(db, hash);
    if (winner) throw refuse(winner);
    throw err;
  }
  return {
    object: "sandbox_signup",
    institution_id: id,
    organization: body.organization,
    api_key: keyOf("test"),
    sandbox: { mock_smes: MOCK_SMES.length },
    created_at: iso(now),
  };
}
