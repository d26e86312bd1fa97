import { describe, expect, it } from "vitest";
import { isValidIban, normalizeIban } from "../../../worker/connectors/iban";

describe("UEMOA IBAN (ISO 13616 mod 97)", () => {
  it("accepts well-formed 28-character UEMOA numbers, with or without spaces", () => {
    for (const iban of [
      "SN08SN0100152000048500003035",
      "CI76CI0420100100551234567890",
      "ML33ML0160120100099887766551",
      "sn08 sn01 0015 2000 0485 0000 3035",
    ]) {
      expect(isValidIban(iban), iban).toBe(true);
    }
    expect(normalizeIban("sn08 sn01 0015 2000 0485 0000 3035")).toBe("SN08SN0100152000048500003035");
  });

  it("refuses a wrong check, a typo, a swap and malformed input", () => {
    for (const iban of [
      "SN09SN0100152000048500003035", // check digits off by one
      "SN08SN0100152000048500003036", // last digit changed
      "SN08SN0100152000048500000335", // two digits swapped
      "SN08SN01001520000485000030", // too short for its check
      "08SN0100152000048500003035SN",
      "SN08SN0100152000048500003035!",
      "",
    ]) {
      expect(isValidIban(iban), iban).toBe(false);
    }
  });
});
