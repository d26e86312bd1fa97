import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DAY_MS } from "../scoring/bucketize";
import { generateFlows } from "../scoring/generator";
import { profileFor } from "../scoring/profiles";
import { http, type RunningApi } from "../test/e2e/harness";

/**
 * From `POST /v1/scores` to a local receiver holding the signed event: SMEs with a weak
 * generated year of flows enter the risk zone on their first score, which emits
 * `sme.risk_zone_entered` through the outbox, the queue and the consumer.
 */
export async function webhookLatencies(api: RunningApi, key: string, samples: number, progress: (msg: string) => void) {
  const arrived = new Map<string, number>();
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const event = JSON.parse(body) as { sme_id: string };
      if (req.headers["webhook-signature"]) arrived.set(event.sme_id, performance.now());
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const { port } = receiver.address() as AddressInfo;
  try {
    await http(api, "POST", "/v1/webhook-endpoints", {
      key,
      body: { url: `http://127.0.0.1:${port}/hook`, events: ["sme.risk_zone_entered"] },
    });
    const asOfDay = Math.floor(Date.now() / DAY_MS) - 1;
    const latencies: number[] = [];
    for (let i = 0; i < samples; i++) {
      progress(`webhook delivery ${i + 1}/${samples}`);
      const smeId = `BENCH_WEAK_${i}`;
      await http(api, "POST", "/v1/smes", { key, body: { sme_id: smeId, sector: "commerce", country: "SN" } });
      const flows = generateFlows(profileFor("commerce", 0.03), { seed: 9000 + i, asOfDay, days: 365 });
      for (let j = 0; j < flows.length; j += 1000) {
        await http(api, "POST", "/v1/connect/flows", { key, body: { sme_id: smeId, flows: flows.slice(j, j + 1000) } });
      }
      const t0 = performance.now();
      const scored = await http(api, "POST", "/v1/scores", { key, body: { sme_id: smeId } });
      if (scored.status !== 200) throw new Error(`webhook bench: score ${scored.status} ${scored.text.slice(0, 200)}`);
      while (!arrived.has(smeId) && performance.now() - t0 < 15_000) await new Promise((r) => setTimeout(r, 5));
      if (!arrived.has(smeId)) throw new Error(`webhook bench: no delivery for ${smeId} (grade ${scored.json.grade}) within 15 s`);
      latencies.push(arrived.get(smeId)! - t0);
    }
    return latencies;
  } finally {
    receiver.close();
  }
}
