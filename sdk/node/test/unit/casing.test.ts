import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { camelKey, snakeKey, toCamel, toSnake } from "../../src/core/casing";
import { VERSION } from "../../src/version";

it("maps keys both ways, deeply, and never values", () => {
  const wire = {
    sme_id: "SME_1",
    latest_score: { scored_at: "t", grade: "A" },
    reasons: [{ code: "net_margin" }],
    by_grade: { A: 1, unscored: 2 },
  };
  const camel = toCamel<Record<string, unknown>>(wire);
  expect(camel).toEqual({
    smeId: "SME_1",
    latestScore: { scoredAt: "t", grade: "A" },
    reasons: [{ code: "net_margin" }],
    byGrade: { A: 1, unscored: 2 },
  });
  expect(toSnake(camel)).toEqual(wire);
});

it("leaves the caller's metadata keys as they are, both ways", () => {
  expect(toSnake({ metadata: { branchCode: "DK", loan_officer: "x" } })).toEqual({ metadata: { branchCode: "DK", loan_officer: "x" } });
  expect(toCamel({ metadata: { loan_officer: "x" } })).toEqual({ metadata: { loan_officer: "x" } });
});

it("round-trips every property name of the served document", () => {
  const types = readFileSync(new URL("../../src/generated/openapi.ts", import.meta.url), "utf8");
  const names = new Set([...types.matchAll(/^\s+([a-z][a-z0-9_]*)\??: /gm)].map((m) => m[1]!));
  expect(names.size).toBeGreaterThan(50);
  for (const name of names) expect(snakeKey(camelKey(name))).toBe(name);
});

it("drops undefined fields rather than sending null", () => {
  expect(JSON.stringify(toSnake({ smeId: "A", sector: undefined }))).toBe('{"sme_id":"A"}');
});

it("keeps VERSION equal to package.json's", () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version);
});
