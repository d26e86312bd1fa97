import { describe, expect, it } from "vitest";
import type { ScoringState } from "../../../durable-objects/score-record";
import { ScoringMemory } from "../../../durable-objects/scoring-memory";

const fresh = (): ScoringState => ({ sector: "commerce", mock: false });

/** A D1 stand-in that counts reads and can hold one back until released. */
function source() {
  let release: (() => void) | undefined;
  const loader = {
    reads: 0,
    row: fresh() as ScoringState | null,
    held: false,
    load: async () => {
      loader.reads++;
      const row = loader.row && { ...loader.row };
      if (loader.held) await new Promise<void>((r) => (release = r));
      return row;
    },
    release: () => release?.(),
  };
  return loader;
}

describe("ScoringMemory", () => {
  it("reads D1 once, then remembers until maxAge; a clock that went back reads again", async () => {
    const memory = new ScoringMemory(60_000);
    const d1 = source();
    await memory.state(1_000, d1.load);
    await memory.state(60_999, d1.load);
    expect(d1.reads).toBe(1);
    await memory.state(61_000, d1.load);
    expect(d1.reads).toBe(2);
    await memory.state(30_000, d1.load);
    expect(d1.reads).toBe(3);
  });

  it("forgets on demand: the next state is read again", async () => {
    const memory = new ScoringMemory();
    const d1 = source();
    await memory.state(0, d1.load);
    memory.forget();
    d1.row = { sector: "agriculture", mock: false };
    expect((await memory.state(1, d1.load))?.sector).toBe("agriculture");
    expect(d1.reads).toBe(2);
  });

  it("never remembers a missing SME", async () => {
    const memory = new ScoringMemory();
    const d1 = source();
    d1.row = null;
    expect(await memory.state(0, d1.load)).toBeNull();
    d1.row = fresh();
    expect(await memory.state(1, d1.load)).not.toBeNull();
    expect(d1.reads).toBe(2);
  });

  it("a read begun before a forget is used once, not kept", async () => {
    const memory = new ScoringMemory();
    const d1 = source();
    d1.held = true;
    const pending = memory.state(0, d1.load);
    memory.forget();
    d1.release();
    expect(await pending).not.toBeNull();
    d1.held = false;
    await memory.state(1, d1.load);
    expect(d1.reads).toBe(2);
  });

  it("runs tasks one after another, even when one fails", async () => {
    const memory = new ScoringMemory();
    const log: string[] = [];
    const task =
      (name: string, ms: number, fail = false) =>
      () =>
        new Promise<string>((resolve, reject) =>
          setTimeout(() => {
            log.push(name);
            if (fail) reject(new Error(name));
            else resolve(name);
          }, ms),
        );
    const runs = [memory.serially(task("slow", 30)), memory.serially(task("failing", 1, true)), memory.serially(task("fast", 0))];
    const settled = await Promise.allSettled(runs);
    expect(log).toEqual(["slow", "failing", "fast"]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });
});
