// PHP: one readonly class per model received (Score360\Model), one service class per
// operationId prefix (Score360\Service) whose methods take the body or query as an array,
// described by a PHPDoc array shape, and a ClientBase naming the top-level services.
import { type Api, type Field, type Model, type Operation, pascal, type TypeRef } from "./ir";

const HEADER = "// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.";
const camel = (s: string) => {
  const p = pascal(s);
  return p[0]!.toLowerCase() + p.slice(1);
};
const serviceClass = (segments: string[]) => `${segments.map(pascal).join("")}Service`;

/** The PHPDoc type of a value received. */
function docType(t: TypeRef, nullable = false): string {
  const base = (() => {
    switch (t.kind) {
      case "string":
        return "string";
      case "integer":
        return "int";
      case "number":
        return "float";
      case "boolean":
        return "bool";
      case "unknown":
        return "mixed";
      case "enum":
        return t.values.map((v) => `'${v}'`).join("|");
      case "array":
        return `list<${docType(t.items)}>`;
      case "map":
        return `array<string, ${docType(t.values)}>`;
      case "ref":
        return t.name;
    }
  })();
  return nullable && base !== "mixed" ? (base.includes("|") ? `${base}|null` : `?${base}`) : base;
}

/** The native property type. */
function phpType(t: TypeRef, nullable: boolean): string {
  const base =
    t.kind === "string" || t.kind === "enum"
      ? "string"
      : t.kind === "integer"
        ? "int"
        : t.kind === "number"
          ? "float"
          : t.kind === "boolean"
            ? "bool"
            : t.kind === "ref"
              ? t.name
              : t.kind === "unknown"
                ? "mixed"
                : "array";
  return nullable && base !== "mixed" ? `?${base}` : base;
}

/** The array shape of a value sent (nested objects become shapes too). */
function shape(t: TypeRef, models: Map<string, Model>): string {
  if (t.kind === "ref") return fieldsShape(models.get(t.name)!.fields, models);
  if (t.kind === "array") return `list<${shape(t.items, models)}>`;
  if (t.kind === "map") return `array<string, ${shape(t.values, models)}>`;
  return docType(t);
}

function fieldsShape(fields: Field[], models: Map<string, Model>): string {
  return `array{${fields.map((f) => `${f.name}${f.required ? "" : "?"}: ${shape(f.type, models)}${f.nullable ? "|null" : ""}`).join(", ")}}`;
}

function decode(t: TypeRef, v: string): string {
  if (t.kind === "ref") return `${t.name}::fromArray(${v})`;
  if (t.kind === "array" && t.items.kind === "ref") return `array_map([${t.items.name}::class, 'fromArray'], ${v})`;
  return v;
}

export function phpModel(m: Model): string {
  const fields = [...m.fields].sort((a, b) => Number(!a.required) - Number(!b.required));
  const lines = ["<?php", "", HEADER, "", "declare(strict_types=1);", "", "namespace Score360\\Model;", ""];
  lines.push(m.description ? `/** ${m.description.replace(/\*\//g, "* /")} */` : `/** The ${m.name} object of the API. */`);
  lines.push(`final class ${m.name}`, "{", "    /**");
  for (const f of fields)
    lines.push(
      `     * @param ${docType(f.type, f.nullable || !f.required)} $${f.name}${f.description ? ` ${f.description.replace(/\s*\n\s*/g, " ")}` : ""}`,
    );
  lines.push("     */", "    public function __construct(");
  for (const f of fields)
    lines.push(`        public readonly ${phpType(f.type, f.nullable || !f.required)} $${f.name}${f.required ? "" : " = null"},`);
  lines.push(
    "    ) {",
    "    }",
    "",
    "    /**",
    `     * @param array<string, mixed> $data`,
    "     */",
    "    public static function fromArray(array $data): self",
    "    {",
    "        return new self(",
  );
  for (const f of fields) {
    const get = `$data['${f.name}']`;
    const conv = decode(f.type, get);
    const value = f.required && !f.nullable ? conv : conv === get ? `${get} ?? null` : `isset(${get}) ? ${conv} : null`;
    lines.push(`            ${value},`);
  }
  lines.push("        );", "    }", "}", "");
  return lines.join("\n");
}

function method(op: Operation, models: Map<string, Model>): string[] {
  const response = op.response.kind === "ref" ? op.response.name : null;
  const inputs = op.body ?? op.query.filter((q) => !(op.listItem && q.name === "cursor"));
  const takesParams = Boolean(op.body) || inputs.length > 0;
  const required = (op.body ?? []).some((f) => f.required);
  const args = [...op.pathParams.map((p) => `string $${camel(p)}`), ...(op.raw ? ["string $document"] : [])];
  if (takesParams) args.push(`array $params${required ? "" : " = []"}`);
  args.push("array $options = []");
  const doc = ["    /**", `     * ${op.summary || op.id}.`, "     *", `     * \`${op.id}\`: ${op.method} ${op.path}`, "     *"];
  for (const p of op.pathParams) doc.push(`     * @param string $${camel(p)}`);
  if (op.raw) doc.push(`     * @param string $document sent as it is, as ${op.raw.contentType}`);
  if (takesParams) doc.push(`     * @param ${fieldsShape(inputs, models)} $params`);
  doc.push(`     * @param array{${op.method === "POST" ? "idempotency_key?: string" : ""}} $options`);
  const returns = op.listItem ? `Page<${docType(op.listItem)}>` : (response ?? "array<string, mixed>");
  doc.push(`     * @return ${returns}`, "     */");
  let path = `'${op.path}'`;
  for (const p of op.pathParams) path = path.replace(`{${p}}`, `' . rawurlencode($${camel(p)}) . '`);
  path = path.replace(/ \. ''$/, "");
  const query = op.body ? "[]" : takesParams ? "$params" : "[]";
  const body = op.body ? "$params" : op.raw ? `new RawBody($document, '${op.raw.contentType}')` : "null";
  const name = camel(op.action);
  const signature = `    public function ${name}(${args.join(", ")}): ${op.listItem ? "Page" : (response ?? "array")}`;
  const lines = [...doc, signature, "    {"];
  if (op.listItem) {
    lines.push(`        return $this->requester->paginate(${path}, ${query}, $options, [${response}::class, 'fromArray']);`);
  } else {
    const call = `$this->requester->request('${op.method}', ${path}, ${query}, ${body}, $options)`;
    lines.push(`        return ${response ? `${response}::fromArray(${call})` : call};`);
  }
  lines.push("    }");
  return lines;
}

interface Group {
  segments: string[];
  ops: Operation[];
  children: Set<string>;
}

function serviceFile(g: Group, models: Map<string, Model>, name: string, namespace: string, base?: string): string {
  const uses = new Set<string>(["Score360\\Requester"]);
  for (const op of g.ops) {
    if (op.response.kind === "ref") uses.add(`Score360\\Model\\${op.response.name}`);
    if (op.listItem) uses.add("Score360\\Page");
    if (op.listItem?.kind === "ref") uses.add(`Score360\\Model\\${op.listItem.name}`);
    if (op.raw) uses.add("Score360\\RawBody");
  }
  const children = [...g.children].sort().map((c) => c.split("."));
  if (namespace !== "Score360\\Service") for (const segs of children) uses.add(`Score360\\Service\\${serviceClass(segs)}`);
  const lines = ["<?php", "", HEADER, "", "declare(strict_types=1);", "", `namespace ${namespace};`, ""];
  for (const u of [...uses].sort())
    if (!u.startsWith(`${namespace}\\`) || u.split("\\").length > namespace.split("\\").length + 1) lines.push(`use ${u};`);
  lines.push(
    "",
    g.segments.length
      ? `/** The ${g.segments.join(".")}.* operations. */`
      : "/** Every resource of the API, as properties of the client. */",
  );
  lines.push(`${base ? "abstract " : "final "}class ${name}`, "{");
  for (const segs of children) lines.push(`    public readonly ${serviceClass(segs)} $${camel(segs[segs.length - 1]!)};`);
  if (children.length) lines.push("");
  lines.push(
    `    ${base ? "protected" : "public"} function __construct(${g.segments.length ? "private readonly " : ""}Requester $requester)`,
    "    {",
  );
  for (const segs of children) lines.push(`        $this->${camel(segs[segs.length - 1]!)} = new ${serviceClass(segs)}($requester);`);
  lines.push("    }");
  for (const op of g.ops) lines.push("", ...method(op, models));
  lines.push("}", "");
  return lines.join("\n");
}

export function phpFiles(api: Api): Record<string, string> {
  const models = new Map(api.models.map((m) => [m.name, m]));
  const files: Record<string, string> = {};
  for (const m of api.models) if (m.output) files[`sdk/php/src/Model/${m.name}.php`] = phpModel(m);
  const groups = new Map<string, Group>();
  const group = (segments: string[]) => {
    const key = segments.join(".");
    if (!groups.has(key)) groups.set(key, { segments, ops: [], children: new Set() });
    return groups.get(key)!;
  };
  for (const op of api.operations) {
    group(op.resource).ops.push(op);
    for (let i = 1; i <= op.resource.length; i++) group(op.resource.slice(0, i - 1)).children.add(op.resource.slice(0, i).join("."));
  }
  for (const g of groups.values()) {
    if (g.segments.length === 0) files["sdk/php/src/ClientBase.php"] = serviceFile(g, models, "ClientBase", "Score360", "base");
    else
      files[`sdk/php/src/Service/${serviceClass(g.segments)}.php`] = serviceFile(g, models, serviceClass(g.segments), "Score360\\Service");
  }
  return files;
}
