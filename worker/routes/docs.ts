import { Hono } from "hono";
import type { AppEnv } from "../http/context";

/**
 * The API reference page. Scalar's standalone bundle is served from our own static assets
 * (copied from the npm package by `scripts/copy-docs-assets.mjs`), with its web fonts and
 * telemetry off, so the page works with no network beyond this server.
 */
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>SCORE360 API reference</title>
</head>
<body>
  <div id="app"></div>
  <script src="/docs/scalar.js"></script>
  <script>
    Scalar.createApiReference("#app", {
      url: "/v1/openapi.json",
      withDefaultFonts: false,
      telemetry: false,
      hideClientButton: true,
    });
  </script>
</body>
</html>`;

export const docs = new Hono<AppEnv>()
  .get("/", (c) => c.html(page))
  .get("/scalar.js", async (c) => {
    // Asset responses are immutable; copy it so the Request-Id header can be added.
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    return new Response(asset.body, asset);
  });
