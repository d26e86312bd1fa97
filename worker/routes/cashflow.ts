import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { DAY_MS } from "../../scoring/bucketize";
import { CashflowQuery, CashflowSchema } from "../contracts/cashflow";
import { commonErrors, jsonError, jsonResponse } from "../contracts/common";
import { SmeIdParam } from "../contracts/smes";
import { database } from "../data/db";
import { ledgerOf } from "../data/ledger";
import { findSme } from "../data/smes";
import type { AppEnv } from "../http/context";
import { guard } from "../middleware/guard";

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * An SME's inflows and outflows per month or week, as its ledger's day buckets add up: the
 * same tenancy and scope as reading the SME itself, and never a raw flow.
 */
export const cashflowRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: "get",
    path: "/smes/{sme_id}/cashflow",
    operationId: "smes.cashflow",
    tags: ["SMEs"],
    summary: "An SME's monthly or weekly inflows and outflows",
    description: "Totals in XOF and counts per period, from the SME's daily buckets (never its raw flows). Periods are UTC.",
    ...guard("smes:read"),
    request: { params: z.object({ sme_id: SmeIdParam }), query: CashflowQuery },
    responses: { 200: jsonResponse(CashflowSchema, "The periods, oldest first"), 404: jsonError("`sme_not_found`"), ...commonErrors },
  }),
  async (c) => {
    const p = c.get("principal");
    const { interval, periods } = c.req.valid("query");
    const sme = await findSme(database(c.env.DB), p, c.req.valid("param").sme_id);
    const asOfDay = Math.floor(Date.now() / DAY_MS);
    const rows = await ledgerOf(c.env, p, sme.smeId).cashflow(asOfDay, interval, periods, sme.mock ? sme.smeId : null);
    return c.json(
      {
        object: "cashflow" as const,
        sme_id: sme.smeId,
        interval,
        currency: "XOF" as const,
        data: rows.map((r) => ({
          period_start: isoDay(r.firstDay),
          period_end: isoDay(r.lastDay),
          inflow: r.inflow,
          outflow: r.outflow,
          net: r.inflow - r.outflow,
          in_count: r.inCount,
          out_count: r.outCount,
          complete: r.lastDay < asOfDay,
        })),
      },
      200,
    );
  },
);
