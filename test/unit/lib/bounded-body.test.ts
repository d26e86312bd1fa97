import { describe, expect, it } from "vitest";
import { bytesBounded, readBounded, TOO_LARGE } from "../../../worker/lib/bounded-body";

/** A stream of `count` chunks of `size` bytes; `pulled()` says how many the reader took. */
function source(count: number, size: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled < count) controller.enqueue(new Uint8Array(size).fill(pulled++ % 256));
      else controller.close();
    },
  });
  return { stream, pulled: () => pulled };
}

describe("readBounded", () => {
  it("gives every chunk and answers the size when within the bound", async () => {
    const { stream } = source(4, 10);
    const seen: number[] = [];
    expect(await readBounded(stream, 40, (c) => void seen.push(c[0] as number))).toBe(40);
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it("past the bound: stops giving chunks, reads the rest to the end, answers TOO_LARGE", async () => {
    const { stream, pulled } = source(100, 10);
    let given = 0;
    expect(await readBounded(stream, 35, () => void given++)).toBe(TOO_LARGE);
    expect(given).toBe(3);
    expect(pulled()).toBe(100);
  });

  it("when the consumer throws: reads the rest, then rethrows", async () => {
    const { stream, pulled } = source(50, 10);
    await expect(
      readBounded(stream, 1_000, () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(pulled()).toBe(50);
  });
});

/** A request whose body streams with no declared length. */
const streamed = (stream: ReadableStream<Uint8Array>) =>
  new Request("http://score360.test/", { method: "POST", body: stream, duplex: "half" } as RequestInit);

describe("bytesBounded", () => {
  it("joins the chunks in order", async () => {
    const bytes = await bytesBounded(streamed(source(3, 2).stream), 6);
    expect(bytes).toEqual(new Uint8Array([0, 0, 1, 1, 2, 2]));
  });

  it("answers TOO_LARGE one byte past the bound", async () => {
    expect(await bytesBounded(streamed(source(3, 2).stream), 5)).toBe(TOO_LARGE);
  });
});
