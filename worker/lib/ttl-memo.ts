/**
 * How long one instance (a Worker isolate, a Durable Object) trusts a D1 row that rarely
 * changes: a credential, an institution's settings. The hot path then reads D1 for it once per
 * instance and few seconds instead of on every request. The price, stated in docs/security.md:
 * a key revoked or a setting changed through another instance is seen here up to this late. The
 * instance that makes the change forgets at once.
 */
export const MEMO_MS = 5_000;
const CAPACITY = 10_000;

/** Values by key, each for at most `ttlMs`; a load that finds nothing (undefined) is not kept. */
export class TtlMemo<V> {
  readonly #entries = new Map<string, { value: V; readAt: number }>();

  constructor(
    readonly ttlMs = MEMO_MS,
    readonly capacity = CAPACITY,
  ) {}

  async get(key: string, now: number, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.#entries.get(key);
    if (hit && hit.readAt <= now && now - hit.readAt < this.ttlMs) return hit.value;
    this.#entries.delete(key);
    const value = await load();
    if (value !== undefined) {
      // Map order is insertion order: the first entry is the oldest read.
      if (this.#entries.size >= this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(key, { value, readAt: now });
    }
    return value;
  }

  /** Drops the entries `stale` picks: the next `get` of them reads D1. */
  forget(stale: (key: string, value: V) => boolean) {
    for (const [key, { value }] of this.#entries) if (stale(key, value)) this.#entries.delete(key);
  }
}
