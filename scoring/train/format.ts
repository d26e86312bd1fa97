/** Pretty JSON that keeps every value fitting in one line on one line, so a bin or a sector's
 * cutoffs reads as one row in review. Deterministic: same value, same bytes. */
export function formatJson(value: unknown, indent = ""): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((v) => ["", v] as const)
    : Object.entries(value).map(([k, v]) => [`${JSON.stringify(k)}: `, v] as const);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  const flat = `${open}${entries.map(([k, v]) => k + formatJson(v)).join(", ")}${close}`;
  if (!flat.includes("\n") && indent.length + flat.length <= 150) return flat;
  return `${open}\n${entries.map(([k, v]) => inner + k + formatJson(v, inner)).join(",\n")}\n${indent}${close}`;
}
