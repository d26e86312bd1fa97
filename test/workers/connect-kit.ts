import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import camt053v02 from "../fixtures/connectors/camt053-v02.xml?raw";
import camt053v08 from "../fixtures/connectors/camt053-v08.xml?raw";
import camt054v02 from "../fixtures/connectors/camt054-v02.xml?raw";
import camt054v08 from "../fixtures/connectors/camt054-v08.xml?raw";
import notifications from "../fixtures/connectors/pi-spi-notifications.json?raw";
import { shiftDates } from "../fixtures/connectors/statement";
import { call } from "./api";

/** The fixtures, dated so that their last day is yesterday. */
export const FIXTURES = {
  camt053v02: shiftDates(camt053v02),
  camt053v08: shiftDates(camt053v08),
  camt054v02: shiftDates(camt054v02),
  camt054v08: shiftDates(camt054v08),
  notifications: JSON.parse(shiftDates(notifications)) as { data: Record<string, unknown>[]; meta: { total: number } },
};

export const SME_IBAN = "SN08SN0100152000048500003035";
export const SME_ALIAS = "7f3c1e52-9a0b-4d55-b1c2-6c0a2f9e8d41";
export const SME_ACCOUNT = "SN010-00152-000485000030";

export const XML = { "content-type": "application/xml" };

export const postCamt = (key: string, xml: BodyInit, query = "", headers: Record<string, string> = {}) =>
  call("POST", `/v1/connect/camt${query}`, { key, raw: xml, headers: { ...XML, ...headers } });

export const postPiSpi = (key: string, body: unknown, query = "") => call("POST", `/v1/connect/pi-spi/events${query}`, { key, body });

const ledger = (institutionId: string, environment: string, smeId: string) =>
  env.SME_LEDGER.getByName(`${institutionId}:${environment}:${smeId}`);

/** The raw flows an SME's ledger holds (test only: no route returns them). */
export const ledgerFlows = (institutionId: string, environment: string, smeId: string) =>
  runInDurableObject(ledger(institutionId, environment, smeId), (_o, state) => {
    const table = state.storage.sql.exec("SELECT 1 FROM sqlite_master WHERE name = 'flows'").toArray();
    if (table.length === 0) return [];
    return state.storage.sql
      .exec<{ id: string; amount: number; direction: string; counterparty: string | null; channel: string }>(
        "SELECT id, amount, direction, counterparty, channel FROM flows ORDER BY id",
      )
      .toArray();
  });

/** Everything D1 holds, to prove a refused request stored nothing (bookkeeping columns aside). */
export async function d1Snapshot() {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const rows = await Promise.all(results.map((t) => env.DB.prepare(`SELECT * FROM "${t.name}" ORDER BY 1`).all()));
  return JSON.stringify(rows.map((r) => r.results)).replace(/"(updated_at|last_used_at)":\d+/g, "");
}
