import { describe, expect, it } from "vitest";
import { eventAlias, mapPiSpiEvent } from "../../../worker/connectors/pi-spi";
import { fixture } from "./fixtures";

const { data } = JSON.parse(fixture("pi-spi-notifications.json")) as { data: Record<string, unknown>[] };
const items = data.map(mapPiSpiEvent);

describe("PI-SPI notifications", () => {
  it("maps a received payment field by field: end2endId, irrevocability date, montant, payer's alias", () => {
    expect(items[0]).toEqual({
      path: "data[0]",
      flow: {
        id: "ESNB00120261201153554KXvozkpNvhUk",
        occurred_at: "2026-12-01T15:35:54.410Z",
        amount: 45000,
        direction: "in",
        channel: "pi_spi",
        counterpartyRef: "alias:+221776543210",
      },
    });
    expect(eventAlias(data[0])).toBe("7f3c1e52-9a0b-4d55-b1c2-6c0a2f9e8d41");
  });

  it("a sent payment goes out to the payee; a return received is its own flow, from the payee", () => {
    expect(items[1]).toMatchObject({
      flow: {
        id: "ESNB00120261201160210LmPq3sTu9w",
        direction: "out",
        amount: 120000,
        counterpartyRef: "alias:c2d9a7e0-41f3-4b8e-9d06-3e5f1a7b2c90",
      },
    });
    expect(items[2]).toMatchObject({
      flow: { id: "RETOUR:ESNB00120261128101500AbCdEfGh12", direction: "in", amount: 8500, occurred_at: "2026-12-01T17:20:03.300Z" },
    });
  });

  it("refuses events that move no money and payments not yet irrevocable", () => {
    expect(items.slice(3).map((i) => ("reject" in i ? [i.path, i.reject.code] : null))).toEqual([
      ["data[3]", "not_a_payment"],
      ["data[4]", "not_irrevocable"],
      ["data[5]", "not_a_payment"],
    ]);
  });

  it("checks amount, reference and date; takes the payee's account when there is no alias", () => {
    const base = { evCode: "PAIEMENT_ENVOYE", evDate: "2026-12-01T10:00:00Z", end2endId: "E1", montant: 1000 };
    const code = (ev: unknown) => {
      const item = mapPiSpiEvent(ev, 0);
      return "reject" in item ? item.reject.code : item.flow;
    };
    expect(code({ ...base, montant: 10.5 })).toBe("invalid_amount");
    expect(code({ ...base, montant: "1000" })).toBe("invalid_amount");
    expect(code({ ...base, montant: -5 })).toBe("invalid_amount");
    expect(code({ ...base, end2endId: undefined })).toBe("missing_reference");
    expect(code({ ...base, evDate: undefined })).toBe("missing_date");
    expect(code({ ...base, retourStatut: "REJETE" })).toMatchObject({ id: "E1" });
    expect(code({ ...base, evCode: "RETOUR_ENVOYE", retourStatut: "ENVOYE" })).toBe("not_irrevocable");
    expect(code({ ...base, evCode: "SOMETHING_NEW" })).toBe("not_a_payment");
    expect(code({ ...base, payeCompte: "sn08 SN0100152000048500003035" })).toMatchObject({
      counterpartyRef: "iban:SN08SN0100152000048500003035",
    });
    expect(code({ ...base, payeCompte: "00152-4485" })).toMatchObject({ counterpartyRef: "acct:00152-4485" });
    expect(code("not an object")).toBe("invalid_flow");
  });
});
