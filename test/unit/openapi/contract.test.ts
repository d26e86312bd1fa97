import SwaggerParser from "@apidevtools/swagger-parser";
import type { OpenAPIV3_1 } from "openapi-types";
import openapiTS, { astToString } from "openapi-typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../../worker/app";

/** The operationIds the SDKs are named after (agreed across the SDK work); routes may add more. */
const AGREED = [
  "health.check",
  "institutions.create",
  "smes.create",
  "smes.list",
  "smes.retrieve",
  "smes.update",
  "smes.delete",
  "scores.create",
  "scores.retrieve",
  "flows.ingest",
  "portfolio.summary",
  "portfolio.alerts.list",
  "portfolio.alerts.acknowledge",
  "portfolio.settings.retrieve",
  "portfolio.settings.update",
  "webhookEndpoints.create",
  "webhookEndpoints.list",
  "webhookEndpoints.retrieve",
  "webhookEndpoints.update",
  "webhookEndpoints.delete",
  "webhookEndpoints.rotateSecret",
  "webhookEndpoints.deliveries.list",
  "events.list",
  "events.retrieve",
  "events.redeliver",
  "apiKeys.create",
  "apiKeys.list",
  "apiKeys.roll",
  "apiKeys.revoke",
  "oauthClients.create",
  "oauthClients.list",
  "oauthClients.revoke",
  "oauth.token",
  "jwks.retrieve",
  "auditLogs.list",
  "auditLogs.verify",
  "sandbox.triggerEvent",
];
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

let doc: OpenAPIV3_1.Document;
beforeAll(async () => {
  // The handler the Worker serves `/v1/openapi.json` with (it needs no bindings).
  const res = await app.request("/v1/openapi.json");
  expect(res.status).toBe(200);
  doc = (await res.json()) as OpenAPIV3_1.Document;
});

const operations = () =>
  Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item?.[method] ? [{ path, method, op: item[method]! }] : [])),
  );

describe("the served OpenAPI document", () => {
  it("dereferences and validates (every $ref resolves)", async () => {
    // validate() dereferences in place: give it a copy.
    const api = (await SwaggerParser.validate(structuredClone(doc) as never)) as OpenAPIV3_1.Document;
    expect(api.openapi).toBe("3.1.0");
    expect(JSON.stringify(await SwaggerParser.dereference(structuredClone(doc) as never))).not.toContain('"$ref"');
  });

  it("gives every operation a unique resource-shaped operationId and a tag", () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(AGREED.length);
    for (const { path, method, op } of ops) {
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/);
      expect(op.tags?.length, `${method} ${path} has no tag`).toBeGreaterThan(0);
    }
    const ids = ops.map((o) => o.op.operationId!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(AGREED));
  });

  it("never lists a request-body field with a default as required", async () => {
    await SwaggerParser.dereference(structuredClone(doc) as never);
    const offenders: string[] = [];
    const visit = (schema: OpenAPIV3_1.SchemaObject | undefined, where: string) => {
      if (!schema || typeof schema !== "object") return;
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        const p = prop as OpenAPIV3_1.SchemaObject;
        if (p.default !== undefined && schema.required?.includes(name)) offenders.push(`${where}.${name}`);
        visit(p, `${where}.${name}`);
      }
      if (schema.type === "array" && "items" in schema) visit(schema.items as OpenAPIV3_1.SchemaObject, `${where}[]`);
    };
    for (const { path, method, op } of operations()) {
      const body = op.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
      for (const media of Object.values(body?.content ?? {})) visit(media.schema as OpenAPIV3_1.SchemaObject, `${method} ${path}`);
    }
    expect(offenders).toEqual([]);
  });

  it("generates request types where defaulted fields stay optional (openapi-typescript)", async () => {
    const ts = astToString(await openapiTS(structuredClone(doc) as never, { defaultNonNullable: false }));
    const block = (name: string) => ts.match(new RegExp(`\\n {8}${name}: \\{([\\s\\S]*?)\\n {8}\\};`))?.[1] ?? "";
    expect(block("Flow")).toMatch(/\bchannel\?: /);
    expect(block("ScoreRequest")).toMatch(/\bwindow_days\?: /);
    expect(ts).not.toMatch(/"#\/components\/schemas\/[^"]+" is not/);
  });
});
