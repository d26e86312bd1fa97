import { readFileSync } from "node:fs";
import { Score360 } from "@score360/sdk";
import { generateFlows } from "../../../../scoring/generator";
import { profileFor } from "../../../../scoring/profiles";
import type { RunningApi } from "../../../../test/e2e/harness";

/** A client of the Worker under test, as a bank would make one. */
export const clientFor = (api: RunningApi, key: string, opts: Omit<ConstructorParameters<typeof Score360>[0] & object, "apiKey"> = {}) =>
  new Score360({ apiKey: key, baseUrl: `${api.url}/v1`, ...opts });

/**
 * A healthy commerce SME's 180 days of PI-SPI flows, registered and sent through the SDK in
 * calls of 1000, as the product page's quickstart assumes has happened.
 */
export async function onboardSme(client: Score360, smeId: string, health = 0.9) {
  await client.smes.create({ smeId, name: "Boulangerie Ndiaye", sector: "commerce", country: "SN" });
  const today = Math.floor(Date.now() / 86_400_000);
  const flows = generateFlows(profileFor("commerce", health), { seed: 8421, asOfDay: today - 1, days: 180 }).map((f) => ({
    id: f.id,
    occurredAt: f.occurred_at,
    amount: f.amount,
    direction: f.direction,
    ...(f.counterparty === undefined ? {} : { counterparty: f.counterparty }),
  }));
  let accepted = 0;
  for (let i = 0; i < flows.length; i += 1000) accepted += (await client.flows.ingest({ smeId, flows: flows.slice(i, i + 1000) })).accepted;
  return { sent: flows.length, accepted };
}

/** The camt.054 the SDKs' suites share (sdk/test-vectors/camt054.xml): a booked and a pending entry. */
export const camt = (ref: string, day: string, account: string) =>
  readFileSync(new URL("../../../test-vectors/camt054.xml", import.meta.url), "utf8")
    .replaceAll("{{ref}}", ref)
    .replaceAll("{{day}}", day)
    .replaceAll("{{account}}", account);
