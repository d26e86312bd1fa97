import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/context";

/**
 * The site's Content-Security-Policy: scripts, styles and connections from this origin only,
 * no inline script or style, nothing framed, forms posted nowhere else. The demo and the landing
 * page are built for it (web/), so a script injected into a page would not run.
 */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * /docs is Scalar's bundle, which injects its own <style> elements: the one relaxation is
 * inline styles there. Its script still comes from this origin only, and it talks to no other.
 */
export const DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
  "font-src 'self'",
  "font-src 'self' data:",
);

/** On every response, pages and API alike: the policy above and the usual hardening headers. */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set("Content-Security-Policy", c.req.path === "/docs" || c.req.path.startsWith("/docs/") ? DOCS_CSP : CSP);
  h.set("X-Content-Type-Options", "nosniff");
  h.set("Referrer-Policy", "no-referrer");
  h.set("Cross-Origin-Opener-Policy", "same-origin");
};
