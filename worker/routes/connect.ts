import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { eventAlias, mapPiSpiEvent } from "../connectors/pi-spi";
import { commonErrors, jsonError, jsonRequest, jsonResponse } from "../contracts/common";
import { ConnectQuery, PiSpiNotification } from "../contracts/connect";
import { FlowIngestionResult } from "../contracts/flows";
import { ingestItems, resolveSme } from "../data/connect";
import { database } from "../data/db";
import type { AppEnv } from "../http/context";
import { camtBody, camtDocument } from "../middleware/camt-body";
import { guard } from "../middleware/guard";
import { MiB } from "../middleware/json-body";
import { CAMT_EXAMPLE } from "./camt-example";

/** A year of a busy SME's statements; a 10,000-entry camt.053 is about 7 MiB. */
export const CAMT_MAX_BYTES = 16 * MiB;
const PI_SPI_MAX_BYTES = 4 * MiB;

const tags = ["Flows"];
const ingestionErrors = {
  ...commonErrors,
  403: jsonError("`insufficient_scope`, or `sandbox_fixture_read_only` for a sandbox mock SME"),
  404: jsonError("`sme_not_found`, `account_not_found` (no SME holds the account or alias the message names)"),
  422: jsonError("`account_sme_mismatch` (the message's accounts belong to another SME, or to several)"),
};

export const connectRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/connect/camt",
      operationId: "flows.ingestCamt",
      tags,
      summary: "Send an ISO 20022 camt.053 statement or camt.054 notification",
      description:
        "The document as the core banking system produced it (versions 001.02 to 001.08, detected from the namespace). Each booked XOF transaction becomes a flow; other entries come back in `rejected` with a code and their path. The same document sent twice counts once. See docs/connectors.md for the mapping.",
      ...guard("flows:write", { body: camtBody(CAMT_MAX_BYTES) }),
      request: {
        query: ConnectQuery,
        body: {
          required: true,
          content: {
            "application/xml": { schema: z.string().openapi({ description: "A camt.053 or camt.054 document", example: CAMT_EXAMPLE }) },
          },
        },
      },
      responses: {
        200: jsonResponse(FlowIngestionResult, "What was kept"),
        ...ingestionErrors,
        400: jsonError("`invalid_xml`, `xml_doctype_forbidden` (any DOCTYPE), `xml_too_deep`, `validation_failed`"),
        413: jsonError("`payload_too_large` (over 16 MiB), `too_many_entries` (over 50,000 entries and transactions)"),
        415: jsonError("`unsupported_media_type`: send `application/xml`"),
        422: jsonError("`unsupported_document` (not camt.053/054 001.02–001.08), `account_sme_mismatch`"),
      },
    }),
    async (c) => {
      const db = database(c.env.DB);
      const p = c.get("principal");
      const doc = camtDocument(c);
      const named = doc.accounts.map((a) => ({ account: { scheme: a.scheme, id: a.id }, path: a.path }));
      const smeId = await resolveSme(db, p, c.req.valid("query").sme_id, named);
      const result = await ingestItems(c.env, db, p, smeId, doc.items, Date.now());
      return c.json({ object: "flow_ingestion" as const, sme_id: smeId, ...result }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/connect/pi-spi/events",
      operationId: "flows.ingestPiSpi",
      tags,
      summary: "Send PI-SPI payment notifications as the PI-SPI business interface emits them",
      description:
        "The notification body (`{data: [events], meta}`) as received. Irrevocable payments and returns become flows; other events come back in `rejected` with their path (`data[i]`). See docs/connectors.md for the mapping.",
      ...guard("flows:write", { maxBodyBytes: PI_SPI_MAX_BYTES }),
      request: { query: ConnectQuery, body: jsonRequest(PiSpiNotification) },
      responses: {
        200: jsonResponse(FlowIngestionResult, "What was kept"),
        ...ingestionErrors,
        413: jsonError("`payload_too_large` (over 4 MiB)"),
      },
    }),
    async (c) => {
      const db = database(c.env.DB);
      const p = c.get("principal");
      const { data } = c.req.valid("json");
      const named = data.flatMap((ev, i) => {
        const alias = eventAlias(ev);
        return alias === undefined ? [] : [{ account: { scheme: "pi_spi_alias" as const, id: alias.trim() }, path: `data[${i}]` }];
      });
      const smeId = await resolveSme(db, p, c.req.valid("query").sme_id, named);
      const result = await ingestItems(c.env, db, p, smeId, data.map(mapPiSpiEvent), Date.now());
      return c.json({ object: "flow_ingestion" as const, sme_id: smeId, ...result }, 200);
    },
  );
