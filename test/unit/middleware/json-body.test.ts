import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppEnv } from "../../../worker/http/context";
import { jsonBody } from "../../../worker/middleware/json-body";

const Body = z.object({ sme_id: z.string(), flows: z.array(z.object({ id: z.string(), amount: z.number() })) });
const app = new OpenAPIHono<AppEnv>();
app.use(jsonBody());
app.openapi(
  createRoute({
    method: "post",
    path: "/echo",
    request: { body: { content: { "application/json": { schema: Body } } } },
    responses: { 200: { description: "the body as validated" } },
  }),
  (c) => c.json({ flows: c.req.valid("json").flows.length, raw: c.get("rawBody").length }),
);

describe("jsonBody", () => {
  afterEach(() => vi.restoreAllMocks());

  it("parses a body once: the route's validator gets the value the guard parsed", async () => {
    const body = JSON.stringify({ sme_id: "SME_1", flows: Array.from({ length: 1000 }, (_, i) => ({ id: `f_${i}`, amount: i + 1 })) });
    const parse = vi.spyOn(JSON, "parse");
    const stringify = vi.spyOn(JSON, "stringify");
    const res = await app.request("/echo", { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(res.status).toBe(200);
    expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(1);
    expect(stringify.mock.calls.filter(([value]) => Array.isArray((value as { flows?: unknown })?.flows))).toHaveLength(0);
    expect(await res.json()).toEqual({ flows: 1000, raw: body.length });
  });
});
