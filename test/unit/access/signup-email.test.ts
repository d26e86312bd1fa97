import { describe, expect, it } from "vitest";
import { emailHash, normaliseEmail } from "../../../worker/access/signup-email";

describe("the address a signup is unique on", () => {
  it("ignores case, surrounding space, Unicode form and a +tag", () => {
    expect(normaliseEmail("  Ama.Diallo+demo@Bank.SN ")).toBe("ama.diallo@bank.sn");
    expect(normaliseEmail("ａｍａ@bank.sn")).toBe("ama@bank.sn");
  });

  it("keeps what tells two people apart: dots, other domains", async () => {
    expect(normaliseEmail("a.ma@bank.sn")).not.toBe(normaliseEmail("ama@bank.sn"));
    expect(await emailHash("ama@bank.sn")).not.toBe(await emailHash("ama@bank.ci"));
    expect(await emailHash("AMA+x@bank.sn")).toBe(await emailHash("ama@bank.sn"));
    expect(await emailHash("ama@bank.sn")).toMatch(/^[0-9a-f]{64}$/);
  });
});
