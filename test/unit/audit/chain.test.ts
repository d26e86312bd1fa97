import { describe, expect, it } from "vitest";
import { type AuditEntry, type ChainedEntry, chainHash, GENESIS, verifyChain } from "../../../worker/audit/chain";

function chain(n: number): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const entry: AuditEntry = {
      id: `log_${seq}`,
      at: 1_700_000_000_000 + seq,
      actor: "key_1",
      action: "GET /v1/smes",
      resource: null,
      status: 200,
      request_id: `req_${seq}`,
      ip: "192.0.2.1",
      user_agent: "curl/8",
    };
    const hash = chainHash(prev, { ...entry, seq });
    out.push({ ...entry, seq, prev_hash: prev, hash });
    prev = hash;
  }
  return out;
}

describe("the audit hash chain", () => {
  it("verifies an untouched chain and reports its head", () => {
    const rows = chain(5);
    expect(verifyChain(rows)).toEqual({ valid: true, entries: 5, head: { seq: 5, hash: rows[4]!.hash }, first_broken: null });
    expect(verifyChain([])).toEqual({ valid: true, entries: 0, head: null, first_broken: null });
  });

  it("hashes every field: changing any one changes the hash", () => {
    const [row] = chain(1);
    const fields = {
      id: "x",
      at: 1,
      actor: "x",
      action: "x",
      resource: "x",
      status: 500,
      request_id: "x",
      ip: "x",
      user_agent: "x",
      seq: 2,
    };
    for (const [field, value] of Object.entries(fields)) {
      expect(chainHash(GENESIS, { ...row!, [field]: value }), field).not.toBe(row!.hash);
    }
  });

  it("names an entry whose content changed", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, status: 403 };
    expect(verifyChain(rows).first_broken).toEqual({ seq: 3, id: "log_3", reason: "hash_mismatch" });
  });

  it("names the entry after one rewritten with a recomputed hash", () => {
    const rows = chain(5);
    const forged = { ...rows[2]!, actor: "key_2" };
    rows[2] = { ...forged, hash: chainHash(forged.prev_hash, forged) };
    expect(verifyChain(rows).first_broken).toEqual({ seq: 4, id: "log_4", reason: "broken_link" });
  });

  it("names the entry after a removed one", () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(verifyChain(rows)).toMatchObject({ valid: false, first_broken: { seq: 3, reason: "sequence_gap" } });
  });
});
