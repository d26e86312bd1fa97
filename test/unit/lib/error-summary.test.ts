import { describe, expect, it } from "vitest";
import { errorSummary } from "../../../worker/lib/error-summary";

describe("errorSummary", () => {
  it("keeps what failed and drops the values: quoted parameters, ids, credentials", () => {
    const err = new Error(
      "D1_ERROR: UNIQUE constraint failed: smes.sme_id: SQLITE_CONSTRAINT (params: 'Boulangerie Ndiaye', \"SN-DKR-2019-B-12345\", 0012345, sk_live_abc123)",
    );
    const { name, message } = errorSummary(err);
    expect(name).toBe("Error");
    expect(message).toContain("UNIQUE constraint failed: smes.sme_id");
    for (const value of ["Boulangerie", "SN-DKR", "0012345", "sk_live_abc123"]) expect(message).not.toContain(value);
  });

  it("says what was thrown when it is not an Error", () => {
    expect(errorSummary("Boulangerie Ndiaye")).toEqual({ name: "string", message: "" });
  });
});
