// Go: structs for models and request parameters, and one service per operationId prefix whose
// methods take a context, the path parameters and a *Params struct (body and query together).
import { type Api, type Field, type Operation, pascal, singular, type TypeRef } from "./ir";

const HEADER = "// Code generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. DO NOT EDIT.\n";

const INITIALISMS: Record<string, string> = { id: "ID", url: "URL", api: "API", pd: "PD", http: "HTTP", jwks: "JWKS", ip: "IP" };
const RESOURCE_WORDS: Record<string, string> = { ...INITIALISMS, smes: "SMEs", sme: "SME", oauth: "OAuth" };

const words = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
const goName = (s: string, table = INITIALISMS) =>
  words(s)
    .map((w) => table[w.toLowerCase()] ?? w[0]!.toUpperCase() + w.slice(1))
    .join("");
/** A local variable: lower camel case, initialisms kept (`sme_id` → `smeID`). */
const goVar = (s: string) => {
  const [first, ...rest] = words(s);
  return first!.toLowerCase() + goName(rest.join("_"));
};
const resourceName = (segment: string) => goName(segment, RESOURCE_WORDS);
const serviceName = (segments: string[]) => `${segments.map(resourceName).join("")}Service`;
const paramsName = (op: Operation) => `${op.resource.map((s) => resourceName(singular(s))).join("")}${pascal(op.action)}Params`;

function goType(t: TypeRef): string {
  switch (t.kind) {
    case "string":
    case "enum":
      return "string";
    case "integer":
      return "int64";
    case "number":
      return "float64";
    case "boolean":
      return "bool";
    case "unknown":
      return "any";
    case "array":
      return `[]${goType(t.items)}`;
    case "map":
      return `map[string]${goType(t.values)}`;
    case "ref":
      return goName(t.name);
  }
}

/** Pointers for what may be null or left out, except slices and maps, which have nil already. */
function fieldType(f: Field): string {
  const t = goType(f.type);
  const hasNil = f.type.kind === "array" || f.type.kind === "map" || f.type.kind === "unknown";
  return (f.nullable || !f.required) && !hasNil ? `*${t}` : t;
}

const comment = (text: string | undefined, indent = "") => (text ? `${indent}// ${text.replace(/\s*\n\s*/g, " ")}\n` : "");

function struct(name: string, fields: Field[], doc?: string, extra: string[] = []): string {
  const lines = [`${comment(doc)}type ${name} struct {`];
  for (const f of fields) {
    const tag = `json:"${f.name}${f.required ? "" : ",omitempty"}"`;
    lines.push(`${comment(f.description, "\t")}\t${goName(f.name)}\v${fieldType(f)}\v\`${tag}\``);
  }
  lines.push(...extra, "}");
  return lines.join("\n");
}

/** gofmt's column alignment: runs of consecutive lines with \v-separated cells, padded per column. */
export function align(text: string): string {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.includes("\v")) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.includes("\v")) end++;
    const rows = lines.slice(i, end).map((l) => l.split("\v"));
    const widths: number[] = [];
    for (const row of rows) {
      for (const [c, cell] of row.entries()) widths[c] = Math.max(widths[c] ?? 0, cell.length);
    }
    for (const [r, row] of rows.entries()) {
      lines[i + r] = row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!))).join(" ");
    }
    i = end;
  }
  return lines.join("\n");
}

export function goModels(api: Api): string {
  const parts = [HEADER, "package score360"];
  for (const m of api.models) parts.push("", struct(goName(m.name), m.fields, m.description));
  return align(`${parts.join("\n")}\n`);
}

function queryCode(op: Operation): string[] {
  const lines = ["\tq := url.Values{}", "\tif p == nil {", "\t\treturn q", "\t}"];
  for (const f of op.query) {
    const name = goName(f.name);
    const value = (v: string) =>
      f.type.kind === "integer"
        ? `strconv.FormatInt(${v}, 10)`
        : f.type.kind === "boolean"
          ? `strconv.FormatBool(${v})`
          : f.type.kind === "number"
            ? `strconv.FormatFloat(${v}, 'f', -1, 64)`
            : v;
    if (fieldType(f).startsWith("*"))
      lines.push(`\tif p.${name} != nil {`, `\t\tq.Set(${JSON.stringify(f.name)}, ${value(`*p.${name}`)})`, "\t}");
    else lines.push(`\tq.Set(${JSON.stringify(f.name)}, ${value(`p.${name}`)})`);
  }
  lines.push("\treturn q");
  return lines;
}

function params(op: Operation): string {
  const name = paramsName(op);
  const queryFields = op.query.map((f) => ({ ...f, required: false }));
  const extra = queryFields.map((f) => `${comment(f.description, "\t")}\t${goName(f.name)}\v${fieldType(f)}\v\`json:"-"\``);
  if (op.method === "POST")
    extra.push("\t// IdempotencyKey replaces the key the client makes up for this call.", '\tIdempotencyKey\vstring\v`json:"-"`');
  const out = [struct(name, op.body ?? [], `${name} are the parameters of ${op.id}.`, extra)];
  if (op.query.length) {
    out.push("", `func (p *${name}) query() url.Values {`, ...queryCode({ ...op, query: queryFields }), "}");
  }
  return out.join("\n");
}

const hasParams = (op: Operation) => Boolean(op.body) || op.query.length > 0 || op.method === "POST";

function method(op: Operation): string {
  const svc = serviceName(op.resource);
  const pathArgs = op.pathParams.map((p) => `${goVar(p)} string`);
  const pName = paramsName(op);
  const raw = op.raw ? ["document []byte"] : [];
  const args = ["ctx context.Context", ...pathArgs, ...raw, ...(hasParams(op) ? [`params *${pName}`] : [])].join(", ");
  let path = JSON.stringify(op.path);
  for (const p of op.pathParams) {
    path = path.replace(`{${p}}`, `"+url.PathEscape(${goVar(p)})+"`);
  }
  path = path.replace(/\+""$/, "");
  const response = op.response.kind === "ref" ? goName(op.response.name) : "map[string]any";
  const body = op.body ? "params" : op.raw ? `rawBody{content: document, contentType: ${JSON.stringify(op.raw.contentType)}}` : "nil";
  const query = op.query.length ? "params.query()" : "nil";
  const key = op.method === "POST" ? "key" : '""';
  const call = `s.client.do(ctx, ${JSON.stringify(op.method)}, ${path}, ${query}, ${body}, ${key}, out)`;
  const name = pascal(op.action);
  const lines: string[] = [];
  const doc = `// ${name}${op.listItem ? "Page fetches one page of" : " calls"} ${op.id}: ${op.summary}.`;
  lines.push(doc, `func (s *${svc}) ${name}${op.listItem ? "Page" : ""}(${args}) (*${response}, error) {`);
  if (op.body || op.method === "POST") lines.push("\tif params == nil {", `\t\tparams = &${pName}{}`, "\t}");
  if (op.method === "POST") lines.push("\tkey := params.IdempotencyKey");
  lines.push(`\tout := new(${response})`, `\tif err := ${call}; err != nil {`, "\t\treturn nil, err", "\t}", "\treturn out, nil", "}");
  if (op.listItem) {
    const item = goType(op.listItem);
    const argNames = ["ctx", ...op.pathParams.map(goVar)];
    lines.push(
      "",
      `// ${name} iterates over ${op.id}, fetching every page in turn: ${op.summary}.`,
      `func (s *${svc}) ${name}(${args}) *Iter[${item}] {`,
      "\tif params == nil {",
      `\t\tparams = &${pName}{}`,
      "\t}",
      "\tnext := *params",
      `\treturn newIter(params.Cursor, func(cursor *string) ([]${item}, *string, error) {`,
      "\t\tnext.Cursor = cursor",
      `\t\tpage, err := s.${name}Page(${[...argNames, "&next"].join(", ")})`,
      "\t\tif err != nil {",
      "\t\t\treturn nil, nil, err",
      "\t\t}",
      "\t\tif !page.HasMore {",
      "\t\t\treturn page.Data, nil, nil",
      "\t\t}",
      "\t\treturn page.Data, page.NextCursor, nil",
      "\t})",
      "}",
    );
  }
  return lines.join("\n");
}

export function goResources(api: Api): string {
  const groups = new Map<string, { segments: string[]; ops: Operation[]; children: Set<string> }>();
  const group = (segments: string[]) => {
    const key = segments.join(".");
    if (!groups.has(key)) groups.set(key, { segments, ops: [], children: new Set() });
    return groups.get(key)!;
  };
  for (const op of api.operations) {
    group(op.resource).ops.push(op);
    for (let i = 1; i <= op.resource.length; i++) group(op.resource.slice(0, i - 1)).children.add(op.resource.slice(0, i).join("."));
  }
  const strconv = api.operations.some((op) => op.query.some((q) => ["integer", "boolean", "number"].includes(q.type.kind)));
  const imports = ["context", "net/url", ...(strconv ? ["strconv"] : [])];
  const parts = [HEADER, "package score360", "", `import (\n${imports.map((i) => `\t"${i}"`).join("\n")}\n)`];
  const sorted = [...groups.values()].sort((a, b) => a.segments.join(".").localeCompare(b.segments.join(".")));
  for (const g of sorted) {
    const name = g.segments.length ? serviceName(g.segments) : "services";
    const children = [...g.children].sort().map((c) => c.split("."));
    const fields = children.map((segs) => `\t${resourceName(segs[segs.length - 1]!)}\v*${serviceName(segs)}`);
    const doc = g.segments.length
      ? `// ${name} groups the ${g.segments.join(".")}.* operations.\n`
      : "// services is every resource of the API, embedded in Client.\n";
    parts.push("", `${doc}type ${name} struct {`, ...(g.segments.length ? ["\tclient\v*Client"] : []), ...fields, "}");
    const ctor = g.segments.length ? `new${name}` : "newServices";
    parts.push("", `func ${ctor}(c *Client) *${name} {`, `\ts := &${name}{${g.segments.length ? "client: c" : ""}}`);
    for (const segs of children) parts.push(`\ts.${resourceName(segs[segs.length - 1]!)} = new${serviceName(segs)}(c)`);
    parts.push("\treturn s", "}");
    for (const op of g.ops) parts.push(...(hasParams(op) ? ["", params(op)] : []), "", method(op));
  }
  return align(`${parts.join("\n")}\n`);
}
