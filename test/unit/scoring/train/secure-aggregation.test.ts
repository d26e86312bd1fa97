import { describe, expect, it } from "vitest";
import { aggregate, decode, encode, MODULUS, maskedUpdate, recoveryShare, secureSum } from "../../../../scoring/train/secure-aggregation";

const updates = [
  [0.125, -3.5, 1000, 0],
  [-0.0625, 2.25, 24, 7],
  [1e-6, 0, -1, -7],
];

describe("secure aggregation", () => {
  it("round-trips fixed point, negatives included", () => {
    expect(decode(encode([0.5, -0.5, 123.25, -7]))).toEqual([0.5, -0.5, 123.25, -7]);
    expect(() => encode([2 ** 20])).toThrow(/out of range/);
  });

  it("masks cancel in the sum: the aggregate equals the plain sum exactly", () => {
    const sum = secureSum(updates, 42);
    const unmasked = encode(updates[0]!).map((_, k) => updates.reduce((s, u) => (s + encode(u)[k]!) % MODULUS, 0));
    expect(sum).toEqual(decode(unmasked));
    expect(sum.map((x) => +x.toFixed(6))).toEqual([0.062501, -1.25, 1023, 0]);
  });

  it("the aggregator never sees an update: each masked vector is far from its plain encoding", () => {
    for (let me = 0; me < updates.length; me++) {
      const masked = maskedUpdate(updates[me]!, me, updates.length, 42);
      const plain = encode(updates[me]!);
      masked.forEach((m, k) => {
        expect(Math.abs(m - plain[k]!)).toBeGreaterThan(2 ** 30);
      });
    }
  });

  it("a party's mask is uniform: masking zeros gives residues averaging half the modulus", () => {
    const zeros = new Array<number>(2000).fill(0);
    const masked = maskedUpdate(zeros, 0, 2, 7);
    const mean = masked.reduce((s, x) => s + x, 0) / masked.length / MODULUS;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it("leaving one party out leaves the masks in: partial sums are noise", () => {
    const masked = updates.map((u, me) => maskedUpdate(u, me, updates.length, 42));
    const partial = aggregate(masked.slice(0, 2), 42);
    expect(Math.max(...partial.map(Math.abs))).toBeGreaterThan(1e3);
  });

  it("survives one party dropping out of a round: the survivors' sum comes out exact", () => {
    const plain = (parties: number[]) =>
      decode(encode(updates[0]!).map((_, k) => parties.reduce((s, i) => (s + encode(updates[i]!)[k]!) % MODULUS, 0)));
    for (const dropped of [0, 1, 2]) {
      const survivors = [0, 1, 2].filter((i) => i !== dropped);
      expect(
        secureSum(
          updates.map((u, i) => (i === dropped ? null : u)),
          42,
        ),
      ).toEqual(plain(survivors));
    }
    // Without the recovery, the dropped party's masks would stay in the sum.
    const masked = updates.map((u, me) => (me === 1 ? null : maskedUpdate(u, me, updates.length, 42)));
    const unrecovered = decode(encode(updates[0]!).map((_, k) => (masked[0]![k]! + masked[2]![k]!) % MODULUS));
    expect(Math.max(...unrecovered.map(Math.abs))).toBeGreaterThan(1e3);
  });

  it("the recovery reveals masks, never an update: a survivor's vector stays masked by the other survivors", () => {
    const masked = maskedUpdate(updates[0]!, 0, updates.length, 42);
    const share = recoveryShare(0, [1], 42, masked.length);
    const plain = encode(updates[0]!);
    masked.forEach((m, k) => {
      expect(Math.abs(((((m - share[k]!) % MODULUS) + MODULUS) % MODULUS) - plain[k]!)).toBeGreaterThan(2 ** 30);
    });
    expect(() => secureSum([updates[0]!, null, null], 42)).toThrow(/fewer than two/);
  });
});
