import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { syntheticFacts } from "../../scoring/events/synthetic";
import type { Sector } from "../../scoring/types";
import { commonErrors, jsonError, jsonRequest, jsonResponse } from "../contracts/common";
import { EventSchema, SandboxEventBody } from "../contracts/events";
import { database } from "../data/db";
import { toEvent } from "../data/events";
import { settingsOf, settingsQuery } from "../data/settings";
import { findSme } from "../data/smes";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { guard } from "../middleware/guard";
import { dispatchOrDefer } from "../webhooks/dispatch";
import { outbox } from "../webhooks/outbox";

/** The sandbox mock SME that synthetic events name when the caller names none. */
const DEFAULT_SME = "SME_TEST_COMMERCE_C";

export const sandboxEventsRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: "post",
    path: "/sandbox/events",
    operationId: "sandbox.triggerEvent",
    tags: ["Sandbox"],
    summary: "Make and deliver a synthetic event (test keys only)",
    description:
      "Stores a realistic event of the given type (and its alert, if the type raises one) and delivers it to your subscribed test endpoints, signed as any other. It changes no score.",
    ...guard("webhooks:write"),
    request: { body: jsonRequest(SandboxEventBody) },
    responses: {
      201: jsonResponse(EventSchema, "The event"),
      ...commonErrors,
      403: jsonError("`insufficient_scope`, or `live_mode_forbidden` for a live key"),
      404: jsonError("`sme_not_found`"),
    },
  }),
  async (c) => {
    const p = c.get("principal");
    if (p.environment !== "test")
      throw new ApiError("live_mode_forbidden", "Synthetic events exist in the sandbox only: use an sk_test_ key.");
    const { event, sme_id } = c.req.valid("json");
    const db = database(c.env.DB);
    const now = Date.now();
    const [sme, settings] = await Promise.all([findSme(db, p, sme_id ?? DEFAULT_SME), settingsQuery(db, p)]);
    const { statements, events } = outbox(db, p, [syntheticFacts(event, sme.smeId, sme.sector as Sector, settingsOf(settings))], now);
    const [first, ...rest] = statements;
    await db.batch([first!, ...rest]);
    await dispatchOrDefer(c.env, events, now);
    return c.json(toEvent(events[0]!), 201);
  },
);
