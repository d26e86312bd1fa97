import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "../http/context";
import { newId } from "../lib/ids";

/**
 * Gives every request an id (echoed as `Request-Id`) and writes one structured log line when it
 * ends. The line names the matched route, never the URL's query, a header or a body: no key,
 * token or flow can reach the logs.
 */
export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  const requestId = newId("req");
  c.set("requestId", requestId);
  await next();
  c.res.headers.set("Request-Id", requestId);
  console.log(
    JSON.stringify({
      request_id: requestId,
      method: c.req.method,
      route: routePath(c, -1),
      status: c.res.status,
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
      institution_id: c.get("principal")?.institutionId ?? null,
      environment: c.get("principal")?.environment ?? null,
    }),
  );
};
