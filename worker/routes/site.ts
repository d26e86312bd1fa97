import type { Context } from "hono";
import type { AppEnv } from "../http/context";
import { ApiError, errorResponse } from "../http/errors";

/** Paths that belong to the API: an unknown one is an API error, never a web page. */
const API_PREFIXES = ["/v1/", "/.well-known/"];

/**
 * Everything no route matched: the web front's static files (built from web/ into public/) for
 * GET and HEAD outside the API, else the API's 404 (the 404 page only for a browser). Served through the Worker (run_worker_first)
 * so that every page gets its security headers and request id here, in one tested place.
 */
export async function siteOrNotFound(c: Context<AppEnv>) {
  const { method, path } = c.req;
  if ((method === "GET" || method === "HEAD") && path !== "/v1" && !API_PREFIXES.some((p) => path.startsWith(p))) {
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    // A browser gets the site's 404 page; a program asking for anything else, the API's error.
    if (asset.ok || asset.status === 304 || (c.req.header("accept") ?? "").includes("text/html")) {
      // Asset responses are immutable: a copy takes the headers the middleware add.
      return new Response(asset.body, asset);
    }
  }
  return errorResponse(c, new ApiError("resource_not_found", `No route ${method} ${path}.`));
}
