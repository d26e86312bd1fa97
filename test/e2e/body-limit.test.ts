import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { http, newInstitution, type RunningApi, startApi } from "./harness";

// Reproduces what the hardening review saw under `wrangler dev`: after a chunked body over the
// limit is refused with 413, the next request can answer 503 ("worker restarted mid-request").
// It does, here (CI run of 2026-12-02), and is not yet explained or fixed, nor confirmed or ruled
// out in production; run it with SCORE360_REPRO_413=1 (docs/security.md).
const repro = describe.runIf(process.env.SCORE360_REPRO_413 === "1");

let api: RunningApi;
repro("a chunked body over the limit", () => {
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.dispose());

  /** A chunked body (no Content-Length) of `chunks` × 64 KiB of JSON-looking bytes, sent as it streams. */
  function chunked(chunks: number) {
    const piece = new TextEncoder().encode(`"${"x".repeat(64 * 1024 - 2)}"`);
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < chunks) controller.enqueue(piece);
        else controller.close();
      },
    });
  }

  it("a chunked body over the limit gets 413, and the next request from another client is served", async () => {
    const inst = await newInstitution(api);
    const res = await fetch(`${api.url}/v1/smes`, {
      method: "POST",
      headers: { authorization: `Bearer ${inst.test}`, "content-type": "application/json" },
      body: chunked(32),
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");

    for (const n of [1, 2, 3]) {
      const next = await http(api, "POST", "/v1/smes", {
        key: inst.live,
        body: { sme_id: `AFTER_413_${n}`, sector: "commerce", country: "SN" },
      });
      expect(next.status).toBe(201);
    }
  });
});
