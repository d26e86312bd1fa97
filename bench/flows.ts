import { DAY_MS } from "../scoring/bucketize";
import { http, type RunningApi } from "../test/e2e/harness";

/** `count` flows spread over the last year, ids unique per SME. */
export function flows(count: number, offset = 0) {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    return {
      id: `bench-${n}`,
      occurred_at: new Date(now - DAY_MS * (1 + ((n * 7919) % 364)) - (n % 86_400) * 1000).toISOString(),
      amount: 5_000 + ((n * 104_729) % 250_000),
      direction: n % 3 === 0 ? "out" : "in",
      counterparty: `cp_${n % 40}`,
    };
  });
}

/** The JSON bodies of `batches` ingest calls of 1,000 flows into `smeId`, serialised ahead: a
 * bank's connector holds its flows already, so the ingest clock times the API, not the client
 * making up data. */
export function ingestBodies(smeId: string, batches: number): Uint8Array[] {
  const utf8 = new TextEncoder();
  return Array.from({ length: batches }, (_, b) => utf8.encode(JSON.stringify({ sme_id: smeId, flows: flows(1000, b * 1000) })));
}

/** Sends one of `ingestBodies`' bodies as it is. */
export const postFlowBody = (api: RunningApi, key: string, raw: Uint8Array | undefined) =>
  http(api, "POST", "/v1/connect/flows", { key, raw, headers: { "content-type": "application/json" } });

/** Runs `fn` over `items` with `clients` requests in flight at most. */
export async function inParallel<T>(items: T[], clients: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}
