import { describe, expect, it } from "vitest";
import { LONG_VIEW_DAYS } from "../../scoring/features";
import { generateFlows } from "../../scoring/generator";
import { MOCK_SMES } from "../../scoring/mock-smes";
import { camt053 } from "../fixtures/connectors/statement";
import { call, newInstitution, sme } from "./api";
import { postCamt } from "./connect-kit";

const inst = await newInstitution();
const DAY = 86_400_000;
const IBANS = ["SN44SN0390100100034567891271", "CI76CI0420100100551234567890"];

describe("onboarding with 13 months of camt.053 statements", () => {
  // A sandbox fixture's 13 months of flows (the long view), sent as its bank would: the SME must land in the fixture's grade.
  for (const [i, mock] of [
    MOCK_SMES.find((m) => m.id === "SME_TEST_COMMERCE_B")!,
    MOCK_SMES.find((m) => m.id === "SME_TEST_AGRICULTURE_D")!,
  ].entries()) {
    it(`${mock.sector} grade ${mock.grade}: 13 monthly statements in one document score into ${mock.grade}`, async () => {
      // What the bank has booked so far: today's later payments are not on a statement yet.
      const now = Date.now();
      const flows = generateFlows(mock.profile, { seed: mock.seed, asOfDay: Math.floor(now / DAY), days: LONG_VIEW_DAYS }).filter(
        (f) => Date.parse(f.occurred_at) <= now,
      );
      const smeId = `ONBOARD_${mock.grade}`;
      const iban = IBANS[i]!;
      await call("POST", "/v1/smes", {
        key: inst.live,
        body: sme(smeId, { sector: mock.sector, accounts: [{ scheme: "iban", id: iban }] }),
      });
      const xml = camt053(iban, flows);
      expect(xml.match(/<Stmt>/g)!.length).toBeGreaterThanOrEqual(13);

      const res = await postCamt(inst.live, xml);
      expect(res.json).toMatchObject({ sme_id: smeId, received: flows.length, accepted: flows.length, duplicates: 0, rejected: [] });
      for (const window_days of [90, 365]) {
        const scored = await call("POST", "/v1/scores", { key: inst.live, body: { sme_id: smeId, window_days } });
        expect(scored.json.grade, `window ${window_days}: ${scored.json.score}`).toBe(mock.grade);
      }
    }, 60_000);
  }
});
