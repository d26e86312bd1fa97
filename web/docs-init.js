// /docs: starts Scalar's reference page. A file of its own, not an inline script, so the page
// runs under the same Content-Security-Policy as the rest of the site.
globalThis.Scalar.createApiReference("#app", {
  url: "/v1/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
});
