import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { jsonResponse } from "../contracts/common";
import type { AppEnv } from "../http/context";

const HealthSchema = z.object({ status: z.literal("ok"), time: z.string() }).openapi("Health");

/** Liveness only: it touches no storage, so it is also the latency floor the benchmarks use. */
export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: "get",
    path: "/health",
    operationId: "health.check",
    tags: ["Platform"],
    summary: "Liveness check",
    responses: { 200: jsonResponse(HealthSchema, "The API is up") },
  }),
  (c) => c.json({ status: "ok" as const, time: new Date().toISOString() }, 200),
);
