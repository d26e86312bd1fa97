import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { createInstitution } from "../access/institutions";
import { commonErrors, jsonRequest, jsonResponse } from "../contracts/common";
import { CreateInstitutionBody, InstitutionSchema } from "../contracts/institutions";
import { database } from "../data/db";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { secretsEqual } from "../lib/crypto";
import { limitedRefusal } from "../middleware/authenticate";
import { idempotency } from "../middleware/idempotency";
import { jsonBody } from "../middleware/json-body";

/** Who an operator action's audit entry names: the operator holds no key of ours. */
export const OPERATOR_ACTOR = "operator";

/**
 * Operator routes: the ADMIN_TOKEN secret, compared in constant time, is the only credential. A
 * refusal counts against the sender's address like any refused credential (429 past the budget).
 */
const operatorOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "");
  const refusal = !match
    ? new ApiError("missing_credentials", "Send the operator token as `Authorization: Bearer …`.")
    : !c.env.ADMIN_TOKEN || !(await secretsEqual(match[1]!, c.env.ADMIN_TOKEN))
      ? new ApiError("invalid_token", "The operator token is not valid.")
      : null;
  if (refusal) throw await limitedRefusal(c, refusal);
  await next();
};

export const adminRoutes = new OpenAPIHono<AppEnv>();
adminRoutes.use("*", operatorOnly, jsonBody(), idempotency);
adminRoutes.openapi(
  createRoute({
    method: "post",
    path: "/institutions",
    operationId: "institutions.create",
    tags: ["Operators"],
    summary: "Create an institution with its first admin keys and sandbox",
    security: [{ operator: [] }],
    request: { body: jsonRequest(CreateInstitutionBody) },
    responses: {
      201: jsonResponse(InstitutionSchema, "The institution and its keys (shown once)"),
      ...commonErrors,
    },
  }),
  async (c) => {
    const created = await createInstitution(database(c.env.DB), c.req.valid("json").name, Date.now());
    // The institution's own logs, test and live, start with who created it and minted its first keys.
    c.set("actor", { institutionId: created.id, environment: "live", id: OPERATOR_ACTOR });
    c.set("auditAlso", [{ institutionId: created.id, environment: "test" }]);
    return c.json(created, 201);
  },
);
