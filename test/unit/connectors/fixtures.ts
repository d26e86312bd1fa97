import { readFileSync } from "node:fs";
import { CamtReader } from "../../../worker/connectors/camt-reader";

export const fixture = (name: string) => readFileSync(new URL(`../../fixtures/connectors/${name}`, import.meta.url), "utf8");

export const LIMITS = { maxDepth: 32, maxItems: 50_000 };

/** Reads `xml` in chunks of `size` characters, as a request body arrives. */
export function readCamt(xml: string, size = 4096, limits = LIMITS) {
  const reader = new CamtReader(limits);
  for (let i = 0; i < xml.length; i += size) reader.write(xml.slice(i, i + size));
  return reader.close();
}
