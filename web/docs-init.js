// /docs: starts Scalar's reference page. A file of its own, not an inline script, so the page
// runs under the same Content-Security-Policy as the rest of the site. Everything that would
// reach scalar.com is off: web fonts, telemetry, the request proxy (the API is on this
// same origin, so "Try it" calls it directly) and the agent chat.
globalThis.Scalar.createApiReference("#app", {
  url: "/v1/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  proxyUrl: "",
  agent: { disabled: true },
  showDeveloperTools: "never",
});
