import { Hono } from "hono";
import type { AppEnv } from "../http/context";

/**
 * The API reference page. Scalar's standalone bundle is served from our own static assets
 * (copied from the npm package by `scripts/copy-docs-assets.mjs`) and started by
 * /docs/init.js (web/docs-init.js), with its web fonts and telemetry off, so the page works with
 * no network beyond this server and no inline script.
 */
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>SCORE360 API reference</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
</head>
<body>
  <div id="app"></div>
  <script src="/docs/scalar.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>`;

export const docsRoutes = new Hono<AppEnv>().get("/", (c) => c.html(page));
