import { mulberry32 } from "../prng";

/**
 * Secure aggregation by pairwise additive masking (Bonawitz et al., CCS 2017). Each pair of
 * parties shares a mask; the lower-numbered adds it, the higher subtracts it, so every mask
 * cancels in the sum while each masked vector alone is uniformly random. A party that drops out
 * of a round leaves its masks with the others uncancelled; the survivors then reveal those masks
 * (only those: each survivor's update stays hidden under its masks with the other survivors) and
 * the aggregator removes them, as in the paper's recovery round. The paper's second, self mask,
 * which keeps a late-arriving update of a dropped party unreadable, is left out: here a dropped
 * party never sends. Arithmetic is on fixed-point integers
 * modulo 2^48, where cancellation is exact (floating-point masks would leave rounding residue
 * and make the result depend on the order of addition).
 *
 * The pair keys would come from a Diffie–Hellman agreement between the two institutions; this
 * simulation derives them from a session seed, which only the parties (not the aggregator) use.
 */

export const MODULUS = 2 ** 48;
/** 2^−28 ≈ 4·10^−9 resolution, |values| < 2^19: room for counts of 500k and any model update. */
const SCALE = 2 ** 28;

const mod = (x: number) => ((x % MODULUS) + MODULUS) % MODULUS;

export function encode(values: readonly number[]): number[] {
  return values.map((v) => {
    const fixed = Math.round(v * SCALE);
    if (Math.abs(fixed) >= MODULUS / 2) throw new Error(`secure aggregation: ${v} out of range`);
    return mod(fixed);
  });
}

/** Residues above half the modulus are negative numbers. */
export const decode = (residues: readonly number[]) => residues.map((r) => (r >= MODULUS / 2 ? r - MODULUS : r) / SCALE);

/** The mask shared by parties i < j for one session: uniform residues, 24 bits at a time. */
export function pairMask(session: number, i: number, j: number, length: number): number[] {
  const rng = mulberry32((Math.imul(session, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b) ^ Math.imul(j + 1, 0xc2b2ae35)) >>> 0);
  const word = () => Math.floor(rng() * 2 ** 24);
  return Array.from({ length }, () => word() * 2 ** 24 + word());
}

/** What party `me` of `parties` sends: its encoded update plus its masks with every other party. */
export function maskedUpdate(update: readonly number[], me: number, parties: number, session: number): number[] {
  const out = encode(update);
  for (let other = 0; other < parties; other++) {
    if (other === me) continue;
    const mask = pairMask(session, Math.min(me, other), Math.max(me, other), out.length);
    const sign = me < other ? 1 : -1;
    for (let k = 0; k < out.length; k++) out[k] = mod(out[k]! + sign * mask[k]!);
  }
  return out;
}

/** What survivor `me` reveals when `dropped` parties did not send: the sum of its signed masks
 * with them, the share of its masked vector that nothing else will cancel. */
export function recoveryShare(me: number, dropped: readonly number[], session: number, length: number): number[] {
  const out = new Array<number>(length).fill(0);
  for (const other of dropped) {
    const mask = pairMask(session, Math.min(me, other), Math.max(me, other), length);
    const sign = me < other ? 1 : -1;
    for (let k = 0; k < length; k++) out[k] = mod(out[k]! + sign * mask[k]!);
  }
  return out;
}

/**
 * The aggregator's whole view and job: the modular sum of the masked vectors that arrived
 * (null: that party dropped out), minus the survivors' recovery shares, decoded. Revealing masks
 * is only safe while at least two parties survive: a lone survivor's update would be bare.
 */
export function aggregate(masked: readonly (readonly number[] | null)[], session: number): number[] {
  const survivors = masked.flatMap((v, i) => (v ? [i] : []));
  const dropped = masked.flatMap((v, i) => (v ? [] : [i]));
  if (survivors.length < 2) throw new Error("secure aggregation: fewer than two parties answered");
  const length = masked[survivors[0]!]!.length;
  const sum = new Array<number>(length).fill(0);
  for (const i of survivors) {
    const v = masked[i]!;
    const share = dropped.length ? recoveryShare(i, dropped, session, length) : null;
    for (let k = 0; k < length; k++) sum[k] = mod(sum[k]! + v[k]! - (share ? share[k]! : 0));
  }
  return decode(sum);
}

/** One round end to end: every party that answers masks its own update (null: it dropped out
 * after the masks were agreed), the aggregator sums and recovers. */
export const secureSum = (updates: readonly (readonly number[] | null)[], session: number) =>
  aggregate(
    updates.map((u, me) => u && maskedUpdate(u, me, updates.length, session)),
    session,
  );
