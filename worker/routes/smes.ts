import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { commonErrors, jsonError, jsonRequest, jsonResponse, ListQuery } from "../contracts/common";
import {
  BulkCreateSmesBody,
  BulkCreateSmesResult,
  CreateSmeBody,
  ErasureSchema,
  SmeIdParam,
  SmeList,
  SmeListQuery,
  SmeSchema,
  UpdateSmeBody,
} from "../contracts/smes";
import { database } from "../data/db";
import { eraseSme } from "../data/erasure";
import { bulkCreateSmes } from "../data/sme-bulk";
import { createSme, listSmes, retrieveSme, updateSme } from "../data/smes";
import type { AppEnv } from "../http/context";
import { guard } from "../middleware/guard";
import { MiB } from "../middleware/json-body";

const tags = ["SMEs"];
const params = z.object({ sme_id: SmeIdParam });
const notFound = { 404: jsonError("`sme_not_found`") };

export const smesRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/smes",
      operationId: "smes.create",
      tags,
      summary: "Register an SME",
      ...guard("smes:write"),
      request: { body: jsonRequest(CreateSmeBody) },
      responses: {
        201: jsonResponse(SmeSchema, "The SME"),
        409: jsonError("`sme_already_exists`, `account_already_registered`"),
        ...commonErrors,
      },
    }),
    async (c) => {
      return c.json(await createSme(database(c.env.DB), c.get("principal"), c.req.valid("json"), Date.now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/smes/bulk",
      operationId: "smes.bulkCreate",
      tags,
      summary: "Register up to 1,000 SMEs in one call",
      description:
        "For onboarding a book. Each item is checked on its own: bad ones come back in `rejected` with their index and a code, good ones are registered. An sme_id already registered with the same attributes counts as a duplicate (so a retried call is harmless); with other attributes it is rejected as `sme_already_exists`. Nothing already registered is changed.",
      // 1,000 SMEs with full metadata can pass 1 MiB.
      ...guard("smes:write", { maxBodyBytes: 4 * MiB }),
      request: { body: jsonRequest(BulkCreateSmesBody) },
      responses: {
        200: jsonResponse(BulkCreateSmesResult, "What was registered"),
        413: jsonError("`payload_too_large` (over 4 MiB)"),
        ...commonErrors,
      },
    }),
    async (c) => {
      const result = await bulkCreateSmes(database(c.env.DB), c.get("principal"), c.req.valid("json").smes, Date.now());
      return c.json({ object: "sme_bulk_registration" as const, ...result }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/smes",
      operationId: "smes.list",
      tags,
      summary: "List SMEs, newest first",
      ...guard("smes:read"),
      request: { query: ListQuery.extend(SmeListQuery.shape) },
      responses: { 200: jsonResponse(SmeList, "A page of SMEs"), ...commonErrors },
    }),
    async (c) => c.json(await listSmes(database(c.env.DB), c.get("principal"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/smes/{sme_id}",
      operationId: "smes.retrieve",
      tags,
      summary: "Retrieve an SME",
      ...guard("smes:read"),
      request: { params },
      responses: { 200: jsonResponse(SmeSchema, "The SME"), ...notFound, ...commonErrors },
    }),
    async (c) => c.json(await retrieveSme(database(c.env.DB), c.get("principal"), c.req.valid("param").sme_id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/smes/{sme_id}",
      operationId: "smes.update",
      tags,
      summary: "Update an SME",
      ...guard("smes:write"),
      request: { params, body: jsonRequest(UpdateSmeBody) },
      responses: {
        200: jsonResponse(SmeSchema, "The updated SME"),
        ...notFound,
        409: jsonError("`account_already_registered`"),
        ...commonErrors,
      },
    }),
    async (c) => {
      const { sme_id } = c.req.valid("param");
      return c.json(await updateSme(c.env, c.get("principal"), sme_id, c.req.valid("json"), Date.now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/smes/{sme_id}",
      operationId: "smes.delete",
      tags,
      summary: "Erase an SME (right to erasure)",
      description:
        "Removes the SME, its flows (its ledger's storage), scores and alerts everywhere. Safe to repeat if interrupted; afterwards the sme_id can be registered again.",
      ...guard("smes:write"),
      request: { params },
      responses: { 200: jsonResponse(ErasureSchema, "What was erased"), ...notFound, ...commonErrors },
    }),
    async (c) => c.json(await eraseSme(c.env, c.get("principal"), c.req.valid("param").sme_id, Date.now()), 200),
  );
