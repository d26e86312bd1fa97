import { describe, expect, it } from "vitest";
import { TtlMemo } from "../../../worker/lib/ttl-memo";

/** A loader that counts its D1 reads. */
const source = (rows: Record<string, { id: string } | undefined>) => {
  const reads: string[] = [];
  return {
    reads,
    load: (key: string) => async () => {
      reads.push(key);
      return rows[key];
    },
  };
};

describe("TtlMemo", () => {
  it("reads once per key within the ttl, again after it", async () => {
    const memo = new TtlMemo<{ id: string }>(5_000);
    const { reads, load } = source({ a: { id: "key_a" } });
    expect(await memo.get("a", 1_000, load("a"))).toEqual({ id: "key_a" });
    expect(await memo.get("a", 5_999, load("a"))).toEqual({ id: "key_a" });
    expect(reads).toEqual(["a"]);
    await memo.get("a", 6_000, load("a"));
    expect(reads).toEqual(["a", "a"]);
  });

  it("never remembers a miss, so a key created meanwhile is found at once", async () => {
    const memo = new TtlMemo<{ id: string }>();
    const rows: Record<string, { id: string } | undefined> = {};
    const { reads, load } = source(rows);
    expect(await memo.get("b", 0, load("b"))).toBeUndefined();
    rows.b = { id: "key_b" };
    expect(await memo.get("b", 1, load("b"))).toEqual({ id: "key_b" });
    expect(reads).toEqual(["b", "b"]);
  });

  it("forgets what it is told to, whatever the key it was read under", async () => {
    const memo = new TtlMemo<{ id: string }>();
    const { reads, load } = source({ hash1: { id: "key_1" }, hash2: { id: "key_2" } });
    await memo.get("hash1", 0, load("hash1"));
    await memo.get("hash2", 0, load("hash2"));
    memo.forget((_, row) => row.id === "key_1");
    await memo.get("hash1", 1, load("hash1"));
    await memo.get("hash2", 1, load("hash2"));
    expect(reads).toEqual(["hash1", "hash2", "hash1"]);
  });

  it("a clock that went backwards is not trusted", async () => {
    const memo = new TtlMemo<{ id: string }>();
    const { reads, load } = source({ a: { id: "key_a" } });
    await memo.get("a", 10_000, load("a"));
    await memo.get("a", 9_000, load("a"));
    expect(reads).toEqual(["a", "a"]);
  });

  it("holds at most `capacity` entries, dropping the oldest read", async () => {
    const memo = new TtlMemo<{ id: string }>(5_000, 2);
    const { reads, load } = source({ a: { id: "a" }, b: { id: "b" }, c: { id: "c" } });
    for (const k of ["a", "b", "c", "b", "a"]) await memo.get(k, 0, load(k));
    expect(reads).toEqual(["a", "b", "c", "a"]);
  });
});
