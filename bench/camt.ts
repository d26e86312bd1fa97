import type { Flow } from "../scoring/types";
import { http, type RunningApi } from "../test/e2e/harness";
import { camt053 } from "../test/fixtures/connectors/statement";

const DAY = 86_400_000;
const IBAN = "SN08SN0100152000048500003035";

/** `count` booked payments over the last year, a few dozen payers: what a year's statement holds. */
function yearOfFlows(count: number): Flow[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, n) => ({
    id: `E2E-BENCH-${String(n).padStart(7, "0")}`,
    occurred_at: new Date(now - DAY * (364 - Math.floor((n * 364) / count)) - (n % 3_600) * 1000).toISOString(),
    amount: 5_000 + ((n * 104_729) % 250_000),
    direction: n % 3 === 0 ? "out" : "in",
    counterparty: `SHID${String(n % 40).padStart(6, "0")}`,
  }));
}

/**
 * `POST /v1/connect/camt` of one `entries`-entry camt.053 (monthly statements of one account),
 * timed from the first byte sent to the answer, into a fresh SME each run: entries per second,
 * one figure per run.
 */
export async function camtRates(
  api: RunningApi,
  key: string,
  entries: number,
  runs: number,
  progress: (msg: string) => void,
): Promise<number[]> {
  const xml = camt053(IBAN, yearOfFlows(entries));
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    progress(`camt.053: ${entries} entries (${(xml.length / 1_048_576).toFixed(1)} MiB), run ${r + 1}/${runs}`);
    const smeId = `BENCH_CAMT_${r}`;
    await http(api, "POST", "/v1/smes", { key, body: { sme_id: smeId, sector: "commerce", country: "SN" } });
    const t0 = performance.now();
    const res = await http(api, "POST", `/v1/connect/camt?sme_id=${smeId}`, {
      key,
      raw: xml,
      headers: { "content-type": "application/xml" },
    });
    const seconds = (performance.now() - t0) / 1000;
    if (res.status !== 200 || res.json.accepted !== entries) throw new Error(`camt: ${res.status} ${res.text.slice(0, 200)}`);
    rates.push(entries / seconds);
  }
  return rates;
}
