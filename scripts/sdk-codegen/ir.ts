// The OpenAPI document reduced to what the SDK emitters need: named models and operations
// grouped by their `<resource>.<action>` operationId. Every language renders this one shape.

export type TypeRef =
  | { kind: "string" | "integer" | "number" | "boolean" | "unknown" }
  | { kind: "enum"; values: string[] }
  | { kind: "ref"; name: string }
  | { kind: "array"; items: TypeRef }
  | { kind: "map"; values: TypeRef };

export interface Field {
  name: string;
  type: TypeRef;
  required: boolean;
  nullable: boolean;
  description?: string;
}

export interface Model {
  name: string;
  fields: Field[];
  description?: string;
  /** Sent in a request body (else only received). */
  input: boolean;
  /** Received in a response. */
  output: boolean;
}

export interface Operation {
  id: string;
  /** operationId minus its action: ["portfolio", "alerts"]. */
  resource: string[];
  action: string;
  method: string;
  /** As in the document: `/v1/…`, or outside the version (`/.well-known/jwks.json`). */
  path: string;
  summary: string;
  pathParams: string[];
  query: Field[];
  body: Field[] | null;
  /** A body sent as it is, not as JSON (a camt document): its media type. The SDKs take it as `document`. */
  raw: { contentType: string } | null;
  response: TypeRef;
  /** The model of a list page's items, when the operation pages with `cursor`. */
  listItem: TypeRef | null;
}

export interface Api {
  models: Model[];
  operations: Operation[];
}

/** The parts of OpenAPI 3.1 the generator reads. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  description?: string;
}

interface Content {
  content?: Record<string, { schema?: Schema }>;
}

interface OperationObject {
  operationId?: string;
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: Content;
  responses?: Record<string, Content>;
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

export const pascal = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");

export const singular = (s: string) =>
  s.endsWith("ies") ? `${s.slice(0, -3)}y` : s.endsWith("s") && !s.endsWith("ss") ? s.slice(0, -1) : s;

const refName = (ref: string) => ref.replace("#/components/schemas/", "");
const strings = (values: unknown[] | undefined) => (values ?? []).filter((v): v is string => typeof v === "string");

/** Reads the document; throws on what the emitters cannot render rather than guessing. */
export function readApi(doc: OpenApiDocument): Api {
  const models = new Map<string, Model>();
  const components: Record<string, Schema> = doc.components?.schemas ?? {};

  const isNullable = (s: Schema): boolean => (Array.isArray(s.type) && s.type.includes("null")) || Boolean(s.allOf?.some(isNullable));

  /** The object schema of `s` with allOf parts merged, or null when it is not an object. */
  const objectParts = (s: Schema): { properties: Record<string, Schema>; required: string[] } | null => {
    if (s.allOf) {
      const merged = { properties: {} as Record<string, Schema>, required: [] as string[] };
      for (const part of s.allOf) {
        const obj = part.$ref ? objectParts(resolve(part.$ref)) : objectParts(part);
        if (!obj) continue;
        Object.assign(merged.properties, obj.properties);
        merged.required.push(...obj.required);
      }
      return merged;
    }
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.includes("object") || !s.properties) return null;
    return { properties: s.properties, required: s.required ?? [] };
  };

  /** A property that is a $ref (alone or in allOf) to a schema allowing null. */
  const refsNullable = (s: Schema): boolean =>
    s.$ref ? isNullable(resolve(s.$ref)) : Boolean(s.allOf?.some((p) => p.$ref && isNullable(resolve(p.$ref))));

  const resolve = (ref: string): Schema => {
    const found = components[refName(ref)];
    if (!found) throw new Error(`undefined schema ${ref}`);
    return found;
  };

  const addModel = (name: string, s: Schema): Model => {
    const existing = models.get(name);
    if (existing) return existing;
    const parts = objectParts(s);
    if (!parts) throw new Error(`${name} is not an object schema`);
    const model: Model = { name, fields: [], input: false, output: false, ...(s.description ? { description: s.description } : {}) };
    models.set(name, model);
    for (const [prop, ps] of Object.entries(parts.properties)) {
      model.fields.push({
        name: prop,
        type: typeOf(ps, name + pascal(prop)),
        required: parts.required.includes(prop),
        nullable: isNullable(ps) || refsNullable(ps),
        ...(ps.description ? { description: ps.description } : {}),
      });
    }
    return model;
  };

  /** `nameHint` names an inline object should it need one. */
  const typeOf = (s: Schema, nameHint: string): TypeRef => {
    if (s.$ref) {
      addModel(refName(s.$ref), resolve(s.$ref));
      return { kind: "ref", name: refName(s.$ref) };
    }
    if (s.allOf) {
      const refs = s.allOf.filter((p) => p.$ref);
      const extra = s.allOf.some((p) => p.properties);
      if (refs.length === 1 && !extra) return typeOf(refs[0]!, nameHint);
      addModel(nameHint, s);
      return { kind: "ref", name: nameHint };
    }
    if (s.anyOf || s.oneOf) {
      const parts = s.anyOf ?? s.oneOf ?? [];
      if (parts.every((p) => p.enum && p.type === "string")) return { kind: "enum", values: parts.flatMap((p) => strings(p.enum)) };
      return { kind: "unknown" };
    }
    const types = (Array.isArray(s.type) ? s.type : [s.type]).filter((t) => t !== "null");
    const type = types[0];
    if (types.length > 1) return { kind: "unknown" };
    const values = strings(s.enum);
    if (type === "string" && values.length > 1) return { kind: "enum", values };
    if (type === "string" || type === "integer" || type === "number" || type === "boolean") return { kind: type };
    if (type === "array") return { kind: "array", items: typeOf(s.items ?? {}, singular(nameHint)) };
    if (type === "object") {
      if (s.properties) {
        addModel(nameHint, s);
        return { kind: "ref", name: nameHint };
      }
      if (typeof s.additionalProperties === "object") return { kind: "map", values: typeOf(s.additionalProperties, `${nameHint}Value`) };
    }
    return { kind: "unknown" };
  };

  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const segments = String(op.operationId).split(".");
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const bodySchema = content["application/json"]?.schema;
      // Without a JSON form, the body is one text document sent as it is (a camt statement).
      const others = bodySchema ? [] : Object.keys(content);
      if (others.length > 1 || others.some((type) => content[type]?.schema?.type !== "string")) {
        throw new Error(`${op.operationId}: a request body must be JSON or one text media type`);
      }
      const success = Object.keys(op.responses ?? {}).find((code) => code.startsWith("2"));
      const responseSchema = success ? op.responses?.[success]?.content?.["application/json"]?.schema : undefined;
      const responseName = `${segments.map(pascal).join("")}Response`;
      const response: TypeRef = responseSchema ? typeOf(responseSchema, responseName) : { kind: "unknown" };
      const responseModel = response.kind === "ref" ? models.get(response.name) : undefined;
      const data = responseModel?.fields.find((f) => f.name === "data");
      const pages =
        params.some((p) => p.in === "query" && p.name === "cursor") && responseModel?.fields.some((f) => f.name === "next_cursor");
      const bodyModel = bodySchema ? typeOf(bodySchema, `${segments.map(pascal).join("")}Body`) : null;
      operations.push({
        id: op.operationId,
        resource: segments.slice(0, -1),
        action: segments[segments.length - 1]!,
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? "",
        pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
        query: params
          .filter((p) => p.in === "query")
          .map((p) => ({
            name: p.name,
            type: typeOf(p.schema ?? {}, pascal(p.name)),
            required: Boolean(p.required),
            nullable: false,
            ...(p.description ? { description: p.description } : {}),
          })),
        body: bodyModel?.kind === "ref" ? models.get(bodyModel.name)!.fields : null,
        raw: others.length === 1 ? { contentType: others[0]! } : null,
        response,
        listItem: pages && data?.type.kind === "array" ? data.type.items : null,
      });
    }
  }
  const mark = (t: TypeRef, side: "input" | "output"): void => {
    if (t.kind === "array") mark(t.items, side);
    if (t.kind === "map") mark(t.values, side);
    if (t.kind !== "ref") return;
    const model = models.get(t.name)!;
    if (model[side]) return;
    model[side] = true;
    for (const f of model.fields) mark(f.type, side);
  };
  for (const op of operations) {
    mark(op.response, "output");
    for (const f of [...(op.body ?? []), ...op.query]) mark(f.type, "input");
  }
  operations.sort((a, b) => a.id.localeCompare(b.id));
  return { models: [...models.values()].sort((a, b) => a.name.localeCompare(b.name)), operations };
}
