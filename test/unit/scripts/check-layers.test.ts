import { describe, expect, it } from "vitest";
import { checkLayers, layerOf } from "../../../scripts/check-layers.mjs";

const tree = (files: Record<string, string>) => new Map(Object.entries(files));

describe("check-layers", () => {
  it("accepts imports that point down or within a layer", () => {
    const sources = tree({
      "scoring/score.ts": 'import { bins } from "./model";',
      "scoring/model.ts": "export const bins = [];",
      "worker/data/smes.ts": 'import { bins } from "../../scoring/model";\nimport { sign } from "../webhooks/sign";',
      "worker/webhooks/sign.ts": "export const sign = 1;",
      "worker/routes/smes.ts": 'import type { X } from "../data/smes";',
    });
    expect(checkLayers(sources)).toEqual([]);
  });

  it("reports an upward import", () => {
    const sources = tree({
      "schema/events.ts": 'import type { EventFacts } from "../worker/data/events";',
      "worker/data/events.ts": "export type EventFacts = {};",
    });
    expect(checkLayers(sources)).toEqual([expect.stringMatching(/^schema\/events\.ts imports worker\/data\/events\.ts: upward/)]);
  });

  it("reports a cycle, even between type imports of one layer", () => {
    const sources = tree({
      "worker/data/a.ts": 'import type { B } from "./b";',
      "worker/data/b.ts": 'import { c } from "./c";',
      "worker/data/c.ts": 'export { a } from "./a";',
    });
    expect(checkLayers(sources)).toEqual(["cycle: worker/data/a.ts → worker/data/b.ts → worker/data/c.ts → worker/data/a.ts"]);
  });

  it("reports a module outside every layer", () => {
    expect(checkLayers(tree({ "worker/misc/x.ts": "" }))).toEqual(["worker/misc/x.ts: in no layer of scripts/check-layers.mjs"]);
  });

  it("places the scoring core lowest and the entry points highest", () => {
    expect(layerOf("scoring/events/derive.ts")).toBe(0);
    expect(layerOf("worker/index.ts")).toBeGreaterThan(layerOf("durable-objects/sme-ledger.ts"));
    expect(layerOf("worker/data/smes.ts")).toBeLessThan(layerOf("durable-objects/sme-ledger.ts"));
    expect(layerOf("worker/http/context.ts")).toBeLessThan(layerOf("worker/access/api-keys.ts"));
  });
});
