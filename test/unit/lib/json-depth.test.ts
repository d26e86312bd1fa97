import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonDepth } from "../../../worker/lib/json-depth";

/** The depth of a value, recursively: the reference the walk must agree with. */
const depthOf = (v: unknown): number =>
  Array.isArray(v)
    ? 1 + Math.max(0, ...v.map(depthOf))
    : v !== null && typeof v === "object"
      ? 1 + Math.max(0, ...Object.values(v).map(depthOf))
      : 0;

describe("jsonDepth", () => {
  it("agrees with the recursive depth of any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (v) => jsonDepth(v) === depthOf(v)),
      { numRuns: 500, seed: 14 },
    );
    expect(jsonDepth(JSON.parse(String.raw`{"a":"[[{\"}]]","b":[1]}`))).toBe(2);
  });

  it("walks 5,000 levels parsed from text without recursion, and stops early past the limit", () => {
    const deep = JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`);
    expect(jsonDepth(deep)).toBe(5000);
    expect(jsonDepth(deep, 32)).toBe(33);
  });
});
