import { describe, expect, it } from "vitest";
import { align } from "../../../scripts/sdk-codegen/go";
import { readApi } from "../../../scripts/sdk-codegen/ir";
import { pythonModels } from "../../../scripts/sdk-codegen/python";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const doc = {
  paths: {
    "/v1/things": {
      get: {
        operationId: "things.list",
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer" } },
          { name: "cursor", in: "query", schema: { type: "string" } },
        ],
        responses: { 200: { content: { "application/json": { schema: ref("ThingList") } } } },
      },
      post: {
        operationId: "things.create",
        requestBody: { content: { "application/json": { schema: ref("CreateThing") } } },
        responses: { 201: { content: { "application/json": { schema: ref("ThingWithSecret") } } } },
      },
    },
  },
  components: {
    schemas: {
      Ref: { type: ["object", "null"], properties: { score: { type: "integer" } }, required: ["score"] },
      Thing: {
        type: "object",
        properties: {
          id: { type: "string" },
          from: ref("Ref"),
          to: { allOf: [ref("Ref"), { description: "the new one" }] },
          signals: { type: "object", properties: { level: { type: "string", enum: ["low", "high"] } }, required: ["level"] },
          state: { type: ["string", "null"], enum: ["on", "off", null] },
          tags: { type: "object", additionalProperties: { type: "string" } },
        },
        required: ["id", "from", "to", "signals", "state", "tags"],
      },
      ThingWithSecret: { allOf: [ref("Thing"), { type: "object", properties: { secret: { type: "string" } }, required: ["secret"] }] },
      ThingList: {
        type: "object",
        properties: {
          data: { type: "array", items: ref("Thing") },
          has_more: { type: "boolean" },
          next_cursor: { type: ["string", "null"] },
        },
        required: ["data", "has_more", "next_cursor"],
      },
      CreateThing: {
        type: "object",
        properties: { name: { type: "string" }, parts: { type: "array", items: ref("Part") } },
        required: ["name"],
      },
      Part: { type: "object", properties: { n: { type: "integer" } }, required: ["n"] },
    },
  },
};

describe("readApi", () => {
  const api = readApi(doc);
  const model = (name: string) => api.models.find((m) => m.name === name)!;

  it("names inline objects after their parent and field, and merges allOf", () => {
    expect(model("Thing").fields.find((f) => f.name === "signals")!.type).toEqual({ kind: "ref", name: "ThingSignals" });
    expect(model("ThingWithSecret").fields.map((f) => f.name)).toEqual(["id", "from", "to", "signals", "state", "tags", "secret"]);
  });

  it("reads nullability through $ref and allOf, and drops null from enums", () => {
    const fields = Object.fromEntries(model("Thing").fields.map((f) => [f.name, f]));
    expect([fields.from!.nullable, fields.to!.nullable, fields.id!.nullable]).toEqual([true, true, false]);
    expect(fields.state!.type).toEqual({ kind: "enum", values: ["on", "off"] });
    expect(fields.tags!.type).toEqual({ kind: "map", values: { kind: "string" } });
  });

  it("finds lists by their cursor, and marks what is sent and what is received", () => {
    const [create, list] = api.operations;
    expect([create!.id, create!.listItem, list!.id, list!.listItem]).toEqual([
      "things.create",
      null,
      "things.list",
      { kind: "ref", name: "Thing" },
    ]);
    expect([model("Part").input, model("Part").output, model("Thing").input, model("Thing").output]).toEqual([true, false, false, true]);
    expect(create!.body!.map((f) => f.name)).toEqual(["name", "parts"]);
  });

  it("refuses an operation without an operationId and a $ref that resolves nowhere", () => {
    const noId = structuredClone(doc) as any;
    delete noId.paths["/v1/things"].get.operationId;
    expect(() => readApi(noId)).toThrow("GET /v1/things has no operationId");
    const dangling = structuredClone(doc) as any;
    delete dangling.components.schemas.Part;
    expect(() => readApi(dangling)).toThrow("undefined schema #/components/schemas/Part");
  });

  it("renders Python keywords as safe names, decoding nested models", () => {
    const py = pythonModels(api);
    expect(py).toContain("    from_: Optional[Ref]");
    expect(py).toContain('from_=None if data["from"] is None else Ref.from_dict(data["from"]),');
    expect(py).toContain("class Part(TypedDict):");
  });
});

describe("align (gofmt's columns)", () => {
  it("pads each run of cells to its widest, and restarts after a line without cells", () => {
    expect(align('\tA\tint\n\tBeeee\vstring\v`json:"b"`\n\tC\v*T\v`json:"c"`\n\t// doc\n\tD\vx')).toBe(
      '\tA\tint\n\tBeeee string `json:"b"`\n\tC     *T     `json:"c"`\n\t// doc\n\tD x',
    );
  });
});
