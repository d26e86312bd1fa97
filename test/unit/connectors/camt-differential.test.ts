import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Flow } from "../../../scoring/types";
import { camt053 } from "../../fixtures/connectors/statement";
import { fixture, readCamt } from "./fixtures";

/**
 * What the previous reader (saxes, a general-purpose SAX parser) made of each fixture, recorded
 * before the tokenizer replaced it: the same documents must give the same flows, rejections,
 * paths and accounts, whatever the chunking.
 */
const recorded = JSON.parse(readFileSync(new URL("../../fixtures/connectors/read-items.json", import.meta.url), "utf8"));

describe("the reader against the previous one, on every fixture", () => {
  for (const name of Object.keys(recorded)) {
    it(name, () => {
      const xml = fixture(name);
      for (const size of [1, 2, 3, 7, 64, 4096, xml.length]) expect(readCamt(xml, size), `chunks of ${size}`).toEqual(recorded[name]);
    });
  }
});

describe("a generated year of statements", () => {
  it("gives back every flow it was written from", () => {
    const DAY = 86_400_000;
    const flows: Flow[] = Array.from({ length: 2_000 }, (_, n) => ({
      id: `GEN-${n}`,
      occurred_at: new Date(Date.UTC(2026, 0, 1) + Math.floor((n * 364) / 2_000) * DAY + (n % 3_600) * 1000).toISOString(),
      amount: 1_000 + n * 7,
      direction: n % 3 === 0 ? "out" : "in",
      ...(n % 5 === 0 ? {} : { counterparty: `+22177${String(n % 40).padStart(7, "0")}` }),
    }));
    const doc = readCamt(camt053("SN08SN0100152000048500003035", flows), 65_536);
    expect(doc.accounts).toHaveLength(12);
    expect(doc.items.map((i) => ("flow" in i ? i.flow : i.reject))).toEqual(
      flows.map((f) => ({
        id: f.id,
        occurred_at: f.occurred_at,
        amount: f.amount,
        direction: f.direction,
        channel: "bank_transfer",
        ...(f.counterparty ? { counterpartyRef: `alias:${f.counterparty}` } : {}),
      })),
    );
  });
});
