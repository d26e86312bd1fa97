import { DurableObject } from "cloudflare:workers";
import { type AuditEntry, type ChainedEntry, type ChainReport, chainHash, GENESIS, verifyChain } from "../worker/audit/chain";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  resource TEXT,
  status INTEGER NOT NULL,
  request_id TEXT NOT NULL UNIQUE,
  ip TEXT,
  user_agent TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
`;

export interface AuditQuery {
  limit: number;
  /** Only entries before this sequence number (the cursor). */
  beforeSeq?: number | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  status?: number | undefined;
  /** Milliseconds, inclusive. */
  from?: number | undefined;
  /** Milliseconds, exclusive. */
  to?: number | undefined;
}

/**
 * One institution-environment's audit log: an append-only, hash-chained table. The object is
 * single-threaded and `append` never awaits between reading the chain's head and writing the
 * next entry, so entries get a strict order with no gap and no fork.
 */
export class AuditLog extends DurableObject<Env> {
  #schemaReady = false;

  #sql() {
    if (!this.#schemaReady) {
      this.ctx.storage.sql.exec(SCHEMA);
      this.#schemaReady = true;
    }
    return this.ctx.storage.sql;
  }

  /** Chains the entries in order; one whose request id is already logged is skipped (a retry). */
  append(entries: AuditEntry[]): number {
    const sql = this.#sql();
    let appended = 0;
    this.ctx.storage.transactionSync(() => {
      let head = sql.exec<{ seq: number; hash: string }>("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1").toArray()[0] ?? {
        seq: 0,
        hash: GENESIS,
      };
      for (const e of entries) {
        if (sql.exec("SELECT 1 FROM entries WHERE request_id = ?", e.request_id).toArray().length > 0) continue;
        const seq = head.seq + 1;
        const hash = chainHash(head.hash, { ...e, seq });
        sql.exec(
          "INSERT INTO entries (seq, id, at, actor, action, resource, status, request_id, ip, user_agent, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          seq,
          e.id,
          e.at,
          e.actor,
          e.action,
          e.resource,
          e.status,
          e.request_id,
          e.ip,
          e.user_agent,
          head.hash,
          hash,
        );
        head = { seq, hash };
        appended++;
      }
    });
    return appended;
  }

  /** Newest first, `limit + 1` rows so the caller knows whether there is more. */
  list(q: AuditQuery): ChainedEntry[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const filter = (clause: string, value: string | number | undefined) => {
      if (value === undefined) return;
      where.push(clause);
      params.push(value);
    };
    filter("seq < ?", q.beforeSeq);
    filter("actor = ?", q.actor);
    filter("action = ?", q.action);
    filter("status = ?", q.status);
    filter("at >= ?", q.from);
    filter("at < ?", q.to);
    const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
    return this.#sql()
      .exec<ChainedEntry>(`SELECT * FROM entries ${clause} ORDER BY seq DESC LIMIT ?`, ...params, q.limit + 1)
      .toArray();
  }

  /** Recomputes the whole chain from the first entry. */
  verify(): ChainReport {
    return verifyChain(this.#sql().exec<ChainedEntry>("SELECT * FROM entries ORDER BY seq"));
  }
}
