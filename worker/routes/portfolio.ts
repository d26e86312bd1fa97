import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { EventSettings } from "../../scoring/events/derive";
import { commonErrors, jsonError, jsonRequest, jsonResponse, ListQuery } from "../contracts/common";
import {
  AlertList,
  AlertListQuery,
  AlertSchema,
  PortfolioSettings,
  PortfolioSummary,
  UpdatePortfolioSettings,
} from "../contracts/portfolio";
import { acknowledgeAlert, listAlerts } from "../data/alerts";
import { database } from "../data/db";
import { portfolioSummary } from "../data/portfolio";
import { retentionDays } from "../data/retention";
import { settingsOf, settingsQuery, updateSettings } from "../data/settings";
import type { AppEnv } from "../http/context";
import { guard } from "../middleware/guard";

const tags = ["Portfolio"];
const toSettings = (s: EventSettings) => ({
  object: "portfolio_settings" as const,
  score_threshold: s.scoreThreshold,
  risk_zone_pd: s.riskZonePd,
});

export const portfolioRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/alerts",
      operationId: "portfolio.alerts.list",
      tags,
      summary: "List alerts, newest first",
      description: `An alert stays open until acknowledged, or until the same SME raises a newer alert of the same type, which supersedes it (\`superseded_by\`): an SME has at most one open alert per type. An acknowledged or superseded alert is deleted ${retentionDays("closedAlerts")} after it closed.`,
      ...guard("alerts:read"),
      request: { query: ListQuery.extend(AlertListQuery.shape) },
      responses: { 200: jsonResponse(AlertList, "A page of alerts"), ...commonErrors },
    }),
    async (c) => c.json(await listAlerts(database(c.env.DB), c.get("principal"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/portfolio/alerts/{id}/acknowledge",
      operationId: "portfolio.alerts.acknowledge",
      tags,
      summary: "Acknowledge an alert",
      description: "An alert already acknowledged or superseded is returned as it is: acknowledging twice keeps the first time.",
      ...guard("alerts:write"),
      request: { params: z.object({ id: z.string().max(64) }) },
      responses: { 200: jsonResponse(AlertSchema, "The acknowledged alert"), 404: jsonError("`resource_not_found`"), ...commonErrors },
    }),
    async (c) => c.json(await acknowledgeAlert(database(c.env.DB), c.get("principal"), c.req.valid("param").id, Date.now()), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/summary",
      operationId: "portfolio.summary",
      tags,
      summary: "SMEs by grade and sector, open alerts by severity",
      ...guard("alerts:read"),
      responses: { 200: jsonResponse(PortfolioSummary, "The summary"), ...commonErrors },
    }),
    async (c) => c.json(await portfolioSummary(database(c.env.DB), c.get("principal")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/settings",
      operationId: "portfolio.settings.retrieve",
      tags,
      summary: "The threshold and risk-zone PD that events use",
      ...guard("alerts:read"),
      responses: { 200: jsonResponse(PortfolioSettings, "The settings"), ...commonErrors },
    }),
    async (c) => c.json(toSettings(settingsOf(await settingsQuery(database(c.env.DB), c.get("principal")))), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/portfolio/settings",
      operationId: "portfolio.settings.update",
      tags,
      summary: "Change the threshold or risk-zone PD; the next score uses them",
      ...guard("alerts:write"),
      request: { body: jsonRequest(UpdatePortfolioSettings) },
      responses: { 200: jsonResponse(PortfolioSettings, "The settings"), ...commonErrors },
    }),
    async (c) => {
      const { score_threshold, risk_zone_pd } = c.req.valid("json");
      const patch = {
        ...(score_threshold === undefined ? {} : { scoreThreshold: score_threshold }),
        ...(risk_zone_pd === undefined ? {} : { riskZonePd: risk_zone_pd }),
      };
      return c.json(toSettings(await updateSettings(database(c.env.DB), c.get("principal"), patch, Date.now())), 200);
    },
  );
