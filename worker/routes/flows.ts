import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { commonErrors, jsonError, jsonRequest, jsonResponse } from "../contracts/common";
import { FlowIngestionBody, FlowIngestionResult } from "../contracts/flows";
import { database } from "../data/db";
import { recordIngestion } from "../data/flows";
import type { AppEnv } from "../http/context";
import { guard } from "../middleware/guard";
import { MiB } from "../middleware/json-body";

/** 1,000 flows with long ids and counterparties stay well under 4 MiB. */
const FLOWS_MAX_BYTES = 4 * MiB;

export const flowsRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: "post",
    path: "/connect/flows",
    operationId: "flows.ingest",
    tags: ["Flows"],
    summary: "Send an SME's PI-SPI payment flows",
    description:
      "Each flow is checked on its own: bad ones come back in `rejected` with their index and a code, good ones are kept. A flow id already received for this SME counts once, as a duplicate. Raw flows stay in the SME's ledger; no route returns them.",
    ...guard("flows:write", { maxBodyBytes: FLOWS_MAX_BYTES }),
    request: { body: jsonRequest(FlowIngestionBody) },
    responses: {
      200: jsonResponse(FlowIngestionResult, "What was kept"),
      ...commonErrors,
      403: jsonError("`insufficient_scope`, or `sandbox_fixture_read_only` for a sandbox mock SME"),
      404: jsonError("`sme_not_found`"),
      413: jsonError("`payload_too_large` (over 4 MiB)"),
    },
  }),
  async (c) => {
    const { sme_id, flows } = c.req.valid("json");
    const result = await recordIngestion(c.env, database(c.env.DB), c.get("principal"), sme_id, flows, Date.now());
    return c.json({ object: "flow_ingestion" as const, sme_id, ...result }, 200);
  },
);
