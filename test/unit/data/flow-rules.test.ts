import { describe, expect, it } from "vitest";
import { checkFlow } from "../../../worker/data/flow-rules";

const now = Date.parse("2026-12-02T12:00:00Z");
const flow = (extra: Record<string, unknown> = {}) => ({
  id: "E2E-1",
  occurred_at: "2026-12-01T08:30:00+01:00",
  amount: 150_000,
  direction: "in",
  ...extra,
});

describe("checkFlow", () => {
  it("gives an accepted flow as the ledger's row: its columns in order, the channel defaulted", () => {
    expect(checkFlow(flow({ counterparty: "cp_7781" }), now)).toEqual({
      ok: true,
      row: ["E2E-1", Date.parse("2026-12-01T07:30:00Z"), 150_000, "in", "cp_7781", "pi_spi"],
    });
    const card = checkFlow(flow({ channel: "card" }), now);
    expect(card.ok && card.row.slice(4)).toEqual([null, "card"]);
  });

  it("names the field at fault, and dates out of bounds", () => {
    expect(checkFlow(flow({ amount: 1.5 }), now)).toMatchObject({ ok: false, code: "invalid_amount" });
    expect(checkFlow(flow({ direction: "sideways" }), now)).toMatchObject({ ok: false, code: "invalid_direction" });
    expect(checkFlow(flow({ extra: 1 }), now)).toMatchObject({
      ok: false,
      code: "invalid_flow",
      message: expect.stringMatching(/^unknown field extra/),
    });
    expect(checkFlow("a flow", now)).toMatchObject({ ok: false, code: "invalid_flow" });
    expect(checkFlow(flow({ occurred_at: "2026-12-02T12:06:00Z" }), now)).toMatchObject({ ok: false, code: "occurred_at_in_future" });
    expect(checkFlow(flow({ occurred_at: "2025-10-01T00:00:00Z" }), now)).toMatchObject({ ok: false, code: "occurred_at_too_old" });
  });
});
