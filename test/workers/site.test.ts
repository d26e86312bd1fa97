import { describe, expect, it } from "vitest";
import { CSP, DOCS_CSP } from "../../worker/middleware/security-headers";
import { call } from "./api";

const PAGES = ["/", "/demo/", "/demo/sme", "/demo/webhooks"];

describe("the web front, served by the Worker", () => {
  it("serves every page as HTML, in French, under the strict Content-Security-Policy", async () => {
    for (const path of PAGES) {
      const res = await call("GET", path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/^text\/html/);
      expect(res.headers.get("content-security-policy"), path).toBe(CSP);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("request-id")).toMatch(/^req_/);
      expect(res.text).toContain('<html lang="fr">');
    }
    expect((await call("GET", "/")).text).toContain("Votre première décision de crédit");
  });

  it("the policy allows nothing inline and nothing from another origin", () => {
    const directives = Object.fromEntries(CSP.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives["default-src"]).toEqual(["'none'"]);
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["style-src"]).toEqual(["'self'"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/unsafe|https?:|\*/);
  });

  it("the pages hold no inline script, no inline style and no other origin", async () => {
    for (const path of [...PAGES, "/docs"]) {
      const html = (await call("GET", path)).text;
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, path).toMatch(/\ssrc="\/[^/]/);
      expect(html.match(/<script\b[^>]*>([^<]+)<\/script>/), path).toBeNull();
      expect(html, path).not.toMatch(/\sstyle=|<style/);
      expect(html, path).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    }
  });

  it("serves the bundle and the stylesheet", async () => {
    const js = await call("GET", "/assets/app.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    expect((await call("GET", "/assets/site.css")).headers.get("content-type")).toMatch(/^text\/css/);
  });

  it("/docs keeps working, with inline styles its one relaxation", async () => {
    const page = await call("GET", "/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toBe(DOCS_CSP);
    expect(
      DOCS_CSP.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'").replace("font-src 'self' data:", "font-src 'self'"),
    ).toBe(CSP);
    for (const script of ["/docs/scalar.js", "/docs/init.js"]) expect((await call("GET", script)).status, script).toBe(200);
  });

  it("an unknown page is the site's 404 page for a browser; for a program, and under /v1 always, a JSON error", async () => {
    const page = await call("GET", "/no-such-page", { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(page.status).toBe(404);
    expect(page.text).toContain("Page introuvable");
    expect(page.headers.get("content-security-policy")).toBe(CSP);
    for (const path of ["/v1/no-such-route", "/v1", "/.well-known/nothing", "/no-such-page"]) {
      const api = await call("GET", path, { headers: { accept: "application/json" } });
      expect(api.status, path).toBe(404);
      expect(api.json.error.code, path).toBe("resource_not_found");
    }
    expect((await call("POST", "/demo/")).json.error.code).toBe("resource_not_found");
  });

  it("API answers carry the same headers", async () => {
    const res = await call("GET", "/v1/health");
    expect(res.headers.get("content-security-policy")).toBe(CSP);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });
});
