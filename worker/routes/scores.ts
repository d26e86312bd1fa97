import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { commonErrors, jsonError, jsonRequest, jsonResponse, ListQuery } from "../contracts/common";
import { ScoreHistory, ScoreRequestBody, ScoreSchema } from "../contracts/scores";
import { SmeIdParam } from "../contracts/smes";
import { scoreHistory, scoreSme } from "../data/scoring";
import type { AppEnv } from "../http/context";
import { guard } from "../middleware/guard";

const tags = ["Scores"];

export const scoresRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/scores",
      operationId: "scores.create",
      tags,
      summary: "Score an SME now",
      description:
        "Reads the SME's daily aggregates for the window (never its raw flows), applies the model and stores the score. Its cost does not grow with the number of flows.",
      ...guard("scores:write"),
      request: { body: jsonRequest(ScoreRequestBody) },
      responses: {
        200: jsonResponse(ScoreSchema, "The score"),
        404: jsonError("`sme_not_found`"),
        422: jsonError("`insufficient_data`: the message says what is missing"),
        ...commonErrors,
      },
    }),
    async (c) => {
      const { sme_id, sector, window_days } = c.req.valid("json");
      return c.json(await scoreSme(c.env, c.get("principal"), sme_id, { windowDays: window_days, sector }, Date.now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/scores/{sme_id}",
      operationId: "scores.retrieve",
      tags,
      summary: "An SME's latest score and its history, newest first",
      ...guard("scores:read"),
      request: { params: z.object({ sme_id: SmeIdParam }), query: ListQuery },
      responses: {
        200: jsonResponse(ScoreHistory, "Latest score and a page of history"),
        404: jsonError("`sme_not_found`"),
        ...commonErrors,
      },
    }),
    async (c) => c.json(await scoreHistory(c.env, c.get("principal"), c.req.valid("param").sme_id, c.req.valid("query")), 200),
  );
