import { createHash } from "node:crypto";

/**
 * The audit log's hash chain, pure and synchronous (node:crypto) so that the Durable Object can
 * read the head, hash and insert without an await in between: appends never interleave.
 *
 * hash(n) = SHA-256(hash(n-1) + "\n" + canonical(entry n)), with hash(0) = GENESIS. Changing,
 * removing, inserting or reordering an entry breaks the link at (or just after) it.
 */
export const GENESIS = "0".repeat(64);

/** What a request leaves in the log; built by the Worker, never containing a secret. */
export type AuditEntry = {
  id: string;
  /** Milliseconds since the epoch: when the request was answered. */
  at: number;
  actor: string;
  action: string;
  resource: string | null;
  status: number;
  request_id: string;
  ip: string | null;
  user_agent: string | null;
};

/** Type aliases rather than interfaces: SQLite cursors need index-signature-compatible rows. */
export type ChainedEntry = AuditEntry & { seq: number; prev_hash: string; hash: string };

/** A fixed field order, so the same entry always hashes the same whatever produced the object. */
export const canonical = (e: AuditEntry & { seq: number }) =>
  JSON.stringify([e.seq, e.id, e.at, e.actor, e.action, e.resource, e.status, e.request_id, e.ip, e.user_agent]);

export const chainHash = (prevHash: string, e: AuditEntry & { seq: number }) =>
  createHash("sha256")
    .update(`${prevHash}\n${canonical(e)}`)
    .digest("hex");

export type BrokenReason = "sequence_gap" | "broken_link" | "hash_mismatch";

export interface ChainReport {
  valid: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  first_broken: { seq: number; id: string; reason: BrokenReason } | null;
}

/**
 * Recomputes the chain in sequence order and names the first entry that does not follow:
 * `sequence_gap` (an entry before it was removed), `broken_link` (its `prev_hash` is not the
 * previous entry's hash: something before it was removed, inserted or rewritten), or
 * `hash_mismatch` (its own content changed).
 */
export function verifyChain(rows: Iterable<ChainedEntry>): ChainReport {
  let prevHash = GENESIS;
  let prevSeq = 0;
  let entries = 0;
  for (const row of rows) {
    entries++;
    const reason: BrokenReason | null =
      row.seq !== prevSeq + 1
        ? "sequence_gap"
        : row.prev_hash !== prevHash
          ? "broken_link"
          : chainHash(prevHash, row) !== row.hash
            ? "hash_mismatch"
            : null;
    if (reason) return { valid: false, entries, head: null, first_broken: { seq: row.seq, id: row.id, reason } };
    prevHash = row.hash;
    prevSeq = row.seq;
  }
  return { valid: true, entries, head: entries ? { seq: prevSeq, hash: prevHash } : null, first_broken: null };
}
