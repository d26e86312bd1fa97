// Python: dataclasses for what the API returns, TypedDicts for nested request objects, and one
// resource class per operationId prefix whose methods take the body and query as keywords.
import { type Api, type Field, type Model, type Operation, pascal, type TypeRef } from "./ir";

export const HEADER = "# Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.\n";

const KEYWORDS = new Set(["from", "import", "class", "def", "return", "in", "is", "not", "and", "or", "global", "lambda"]);
const ident = (name: string) => (KEYWORDS.has(name) ? `${name}_` : name);
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

function pyType(t: TypeRef, models: Map<string, Model>, side: "in" | "out"): string {
  switch (t.kind) {
    case "string":
      return "str";
    case "integer":
      return "int";
    case "number":
      return "float";
    case "boolean":
      return "bool";
    case "unknown":
      return "Any";
    case "enum":
      return `Literal[${t.values.map((v) => JSON.stringify(v)).join(", ")}]`;
    case "array":
      return `List[${pyType(t.items, models, side)}]`;
    case "map":
      return `Dict[str, ${pyType(t.values, models, side)}]`;
    case "ref":
      return side === "in" ? inputName(models.get(t.name)!) : t.name;
  }
}

/** A model both sent and received keeps its name for the dataclass; the TypedDict gets `Param`. */
const inputName = (m: Model) => (m.output ? `${m.name}Param` : m.name);

/** The expression turning the JSON value `v` into `t`. */
function decode(t: TypeRef, v: string): string {
  if (t.kind === "ref") return `${t.name}.from_dict(${v})`;
  if (t.kind === "array" && t.items.kind === "ref") return `[${decode(t.items, "x")} for x in ${v}]`;
  if (t.kind === "map" && t.values.kind === "ref") return `{k: ${decode(t.values, "x")} for k, x in ${v}.items()}`;
  return v;
}

function dataclass(m: Model, models: Map<string, Model>): string {
  // Required fields first: dataclasses need defaults last.
  const fields = [...m.fields].sort((a, b) => Number(!a.required) - Number(!b.required));
  const lines = ["@dataclass", `class ${m.name}:`];
  if (m.description) lines.push(`    """${m.description.replace(/"""/g, "'''")}"""`, "");
  for (const f of fields) {
    const t = pyType(f.type, models, "out");
    const typed = f.nullable || !f.required ? `Optional[${t}]` : t;
    lines.push(`    ${ident(f.name)}: ${typed}${f.required ? "" : " = None"}`);
  }
  lines.push("", "    @classmethod", `    def from_dict(cls, data: Dict[str, Any]) -> "${m.name}":`, "        return cls(");
  for (const f of fields) {
    const get = f.required ? `data[${JSON.stringify(f.name)}]` : `data.get(${JSON.stringify(f.name)})`;
    const conv = decode(f.type, get);
    const value = conv === get ? get : f.nullable || !f.required ? `None if ${get} is None else ${conv}` : conv;
    lines.push(`            ${ident(f.name)}=${value},`);
  }
  lines.push("        )");
  return lines.join("\n");
}

function typedDict(m: Model, models: Map<string, Model>): string {
  const name = inputName(m);
  const required = m.fields.filter((f) => f.required);
  const optional = m.fields.filter((f) => !f.required);
  const field = (f: Field) => {
    const t = pyType(f.type, models, "in");
    return `    ${f.name}: ${f.nullable ? `Optional[${t}]` : t}`;
  };
  if (optional.length === 0) return [`class ${name}(TypedDict):`, ...required.map(field)].join("\n");
  if (required.length === 0) return [`class ${name}(TypedDict, total=False):`, ...optional.map(field)].join("\n");
  return [
    `class _${name}Required(TypedDict):`,
    ...required.map(field),
    "",
    "",
    `class ${name}(_${name}Required, total=False):`,
    ...optional.map(field),
  ].join("\n");
}

export function pythonModels(api: Api): string {
  const models = new Map(api.models.map((m) => [m.name, m]));
  const parts = [
    HEADER,
    "from __future__ import annotations",
    "",
    "from dataclasses import dataclass",
    "from typing import Any, Dict, List, Literal, Optional, TypedDict",
  ];
  for (const m of api.models) {
    if (m.output) parts.push("", "", dataclass(m, models));
    if (m.input) parts.push("", "", typedDict(m, models));
  }
  const names = api.models.flatMap((m) => [...(m.output ? [m.name] : []), ...(m.input ? [inputName(m)] : [])]);
  parts.push("", "", `__all__ = [${names.map((n) => JSON.stringify(n)).join(", ")}]`, "");
  return parts.join("\n");
}

const resourceClass = (segments: string[]) => `${segments.map(pascal).join("")}Resource`;

function method(op: Operation, models: Map<string, Model>): string {
  const args: string[] = op.pathParams.map((p) => `${ident(p)}: str`);
  if (op.raw) args.push("document: Union[str, bytes]");
  const kw: string[] = [];
  const inputs = [...(op.body ?? []), ...op.query.filter((q) => !(op.listItem && q.name === "cursor"))];
  for (const f of [...inputs.filter((f) => f.required), ...inputs.filter((f) => !f.required)]) {
    const t = pyType(f.type, models, "in");
    if (f.required) kw.push(`${ident(f.name)}: ${f.nullable ? `Optional[${t}]` : t}`);
    else kw.push(`${ident(f.name)}: Union[${f.nullable ? `Optional[${t}]` : t}, NotGiven] = NOT_GIVEN`);
  }
  if (op.method === "POST") kw.push("idempotency_key: Optional[str] = None");
  const signature = [...args, ...(kw.length ? ["*", ...kw] : [])];
  const pathExpr = op.pathParams.length
    ? `_path(${JSON.stringify(op.path)}, ${op.pathParams.map((p) => `${p}=${ident(p)}`).join(", ")})`
    : JSON.stringify(op.path);
  const dict = (fields: Field[]) => `{${fields.map((f) => `${JSON.stringify(f.name)}: ${ident(f.name)}`).join(", ")}}`;
  const query = op.query.filter((q) => !(op.listItem && q.name === "cursor"));
  const call = [`${JSON.stringify(op.method)}`, pathExpr];
  if (query.length) call.push(`query=${dict(query)}`);
  if (op.body) call.push(`body=${dict(op.body)}`);
  if (op.raw) call.push(`content=document, content_type=${JSON.stringify(op.raw.contentType)}`);
  if (op.method === "POST") call.push("idempotency_key=idempotency_key");
  const response = op.response.kind === "ref" ? op.response.name : "Any";
  const lines = [
    `    def ${snake(op.action)}(${["self", ...signature].join(", ")}) -> ${op.listItem ? `Page[${pyType(op.listItem, models, "out")}]` : response}:`,
  ];
  if (op.summary) lines.push(`        """${op.summary}."""`);
  if (op.listItem) {
    lines.push(`        return self._client.paginate(${call.join(", ")}, page=${response}.from_dict)`);
  } else {
    lines.push(
      `        return ${response === "Any" ? `self._client.request(${call.join(", ")})` : `${response}.from_dict(self._client.request(${call.join(", ")}))`}`,
    );
  }
  return lines.join("\n");
}

export function pythonResources(api: Api): string {
  const models = new Map(api.models.map((m) => [m.name, m]));
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
  const parts = [
    HEADER,
    "from __future__ import annotations",
    "",
    "from typing import Any, Dict, List, Literal, Optional, Union",
    "",
    "from ._core import NOT_GIVEN, NotGiven, Requester, _path",
    "from ._pagination import Page",
    "from .models import *  # noqa: F403",
  ];
  // Children before parents: a parent's __init__ names its children's classes.
  const ordered = [...groups.values()].sort(
    (a, b) => b.segments.length - a.segments.length || a.segments.join(".").localeCompare(b.segments.join(".")),
  );
  for (const g of ordered) {
    const name = g.segments.length ? resourceClass(g.segments) : "Resources";
    const lines = ["", "", `class ${name}:`, "    def __init__(self, client: Requester) -> None:", "        self._client = client"];
    for (const child of [...g.children].sort()) {
      const segs = child.split(".");
      lines.push(`        self.${snake(segs[segs.length - 1]!)} = ${resourceClass(segs)}(client)`);
    }
    for (const op of g.ops) lines.push("", method(op, models));
    parts.push(lines.join("\n"));
  }
  parts.push("");
  return parts.join("\n");
}
