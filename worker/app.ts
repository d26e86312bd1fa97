import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { methodNotAllowed } from "hono/method-not-allowed";
import { auditTrail } from "./audit/middleware";
import { PiSpiEvent } from "./contracts/connect";
import { FlowItem } from "./contracts/flows";
import type { AppEnv } from "./http/context";
import { ApiError, errorResponse } from "./http/errors";
import { defaultHook } from "./http/validation";
import { errorSummary } from "./lib/error-summary";
import { requestContext } from "./middleware/request-context";
import { securityHeaders } from "./middleware/security-headers";
import { adminRoutes } from "./routes/admin";
import { apiKeysRoutes } from "./routes/api-keys";
import { auditLogsRoutes } from "./routes/audit-logs";
import { cashflowRoutes } from "./routes/cashflow";
import { connectRoutes } from "./routes/connect";
import { docsRoutes } from "./routes/docs";
import { eventsRoutes } from "./routes/events";
import { flowsRoutes } from "./routes/flows";
import { healthRoutes } from "./routes/health";
import { jwksRoutes } from "./routes/jwks";
import { oauthRoutes } from "./routes/oauth";
import { portfolioRoutes } from "./routes/portfolio";
import { sandboxEventsRoutes } from "./routes/sandbox-events";
import { sandboxSignupsRoutes } from "./routes/sandbox-signups";
import { scoresRoutes } from "./routes/scores";
import { siteOrNotFound } from "./routes/site";
import { smesRoutes } from "./routes/smes";
import { webhookEndpointsRoutes } from "./routes/webhook-endpoints";

/** The reference page's introduction (/docs shows it first): what the API is, and the SDK's first call. */
const API_DESCRIPTION = `Credit scores for UEMOA SMEs from their PI-SPI instant-payment flows.

## Start with an SDK

\`\`\`js
import { Score360 } from "@score360/sdk";
const client = new Score360({ apiKey: process.env.SCORE360_KEY });
const result = await client.scores.create({ smeId: "SME_8421", sector: "commerce", windowDays: 90 });
console.log(result.score, result.grade); // 782 "A"
\`\`\`

Sandbox keys, self-serve: \`POST /v1/sandbox/signups\`, or the demo at [/demo/](/demo/). The SDKs (Node, Python, PHP, Go) and their guides are in the repository's \`docs/sdks.md\`.`;

export const app = new OpenAPIHono<AppEnv>({ defaultHook });
app.use("*", requestContext);
app.use("*", securityHeaders);
app.use("*", auditTrail);
app.use(
  "*",
  methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) =>
      errorResponse(
        c,
        new ApiError("method_not_allowed", `Use ${methods.join(", ")} on this path.`, undefined, {
          Allow: methods.join(", "),
        }),
      ),
  }),
);
app.route("/v1", healthRoutes);
app.route("/v1/admin", adminRoutes);
app.route("/v1", smesRoutes);
app.route("/v1", cashflowRoutes);
app.route("/v1", flowsRoutes);
app.route("/v1", connectRoutes);
app.route("/v1", scoresRoutes);
app.route("/v1", apiKeysRoutes);
app.route("/v1", oauthRoutes);
app.route("/v1", auditLogsRoutes);
app.route("/v1", portfolioRoutes);
app.route("/v1", eventsRoutes);
app.route("/v1", webhookEndpointsRoutes);
app.route("/v1", sandboxEventsRoutes);
app.route("/v1", sandboxSignupsRoutes);
app.route("/.well-known", jwksRoutes);
app.route("/docs", docsRoutes);

app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
  type: "http",
  scheme: "bearer",
  description:
    "An API key (`sk_test_…` sandbox, `sk_live_…` production) or an OAuth2 access token from `POST /v1/oauth/token`. " +
    "The scope a route needs is listed on it.",
});
app.openAPIRegistry.registerComponent("securitySchemes", "clientBasic", {
  type: "http",
  scheme: "basic",
  description: "`client_secret_basic`: the OAuth2 client_id and client_secret, for the token endpoint only.",
});
app.openAPIRegistry.registerComponent("securitySchemes", "operator", {
  type: "http",
  scheme: "bearer",
  description: "The operator's ADMIN_TOKEN secret.",
});
// A flow, and a PI-SPI event, is validated item by item (bad ones are rejected with their index),
// so the ingestion bodies only point at these schemas: register them, or those $refs dangle.
app.openAPIRegistry.register("Flow", FlowItem);
app.openAPIRegistry.register("PiSpiEvent", PiSpiEvent);
app.doc31("/v1/openapi.json", {
  openapi: "3.1.0",
  info: {
    title: "SCORE360 API",
    version: "1.0.0",
    description: API_DESCRIPTION,
  },
  // Relative: the document describes whichever deployment serves it (local, sandbox, production).
  servers: [{ url: "/", description: "This server" }],
});

app.notFound(siteOrNotFound);

app.onError((err, c) => {
  const known =
    err instanceof ApiError
      ? err
      : err instanceof HTTPException && err.status < 500
        ? new ApiError("validation_failed", err.message || "The request is not valid.")
        : null;
  if (!known) {
    // The error's shape stays in our logs (the request id ties it to the caller's report), never
    // in the answer; its values (SQL parameters can be personal data) go nowhere.
    console.error(JSON.stringify({ request_id: c.get("requestId"), error: errorSummary(err) }));
  }
  return errorResponse(c, known ?? new ApiError("internal_error", "Something went wrong on our side; retry later."));
});
