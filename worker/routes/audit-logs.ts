import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { ChainedEntry } from "../audit/chain";
import { auditLogOf, drainAuditOutbox } from "../audit/record";
import { AuditEntryList, AuditQuerySchema, AuditVerificationSchema } from "../contracts/audit";
import { commonErrors, jsonResponse } from "../contracts/common";
import type { AppEnv } from "../http/context";
import { decodeCursor, page } from "../http/pagination";
import { iso } from "../lib/time";
import { guard } from "../middleware/guard";

const tags = ["Audit"];

const toEntry = (e: ChainedEntry) => ({ object: "audit_entry" as const, ...e, at: iso(e.at) });
const ms = (t: string | undefined) => (t === undefined ? undefined : Date.parse(t));

export const auditLogsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/audit-logs",
      operationId: "auditLogs.list",
      tags,
      summary: "List audit entries, newest first",
      ...guard("audit:read"),
      request: { query: AuditQuerySchema },
      responses: { 200: jsonResponse(AuditEntryList, "A page of entries"), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const principal = c.get("principal");
      await drainAuditOutbox(c.env, principal);
      const rows = await auditLogOf(c.env, principal).list({
        limit: q.limit,
        beforeSeq: decodeCursor(q.cursor) ?? undefined,
        actor: q.actor,
        action: q.action,
        status: q.status,
        from: ms(q.from),
        to: ms(q.to),
      });
      return c.json(page(rows, q.limit, toEntry), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/audit-logs/verify",
      operationId: "auditLogs.verify",
      tags,
      summary: "Recompute the hash chain and name the first broken link",
      ...guard("audit:read"),
      responses: { 200: jsonResponse(AuditVerificationSchema, "The verification report"), ...commonErrors },
    }),
    async (c) => {
      const principal = c.get("principal");
      await drainAuditOutbox(c.env, principal);
      const report = await auditLogOf(c.env, principal).verify();
      return c.json({ object: "audit_verification" as const, ...report, verified_at: iso(Date.now()) }, 200);
    },
  );
