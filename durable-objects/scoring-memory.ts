import type { ScoringState } from "./score-record";

/** Re-read from D1 at least this often, so that a change made behind the API's back (a restore) heals. */
const MAX_AGE_MS = 60_000;

/**
 * What a ledger remembers between scores of its SME — its sector — so that a score reads nothing
 * from D1 (its previous score is in the ledger's own history). It is never the source of truth:
 * loaded from D1 when empty or older than `maxAgeMs`, emptied by `forget` when D1 changes under
 * it, and a load begun before a `forget` is used once but not kept. Scores, imports of history
 * and erasure run `serially`, so the previous score each compares with is the one the last wrote.
 */
export class ScoringMemory {
  #state: ScoringState | null = null;
  #readAt = 0;
  /** Bumped by every `forget`. */
  #epoch = 0;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(readonly maxAgeMs = MAX_AGE_MS) {}

  /** Runs `task` once every task given before it has settled. */
  serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /** The remembered state if fresh, else `load`'s (null: no such SME, nothing kept). */
  async state(now: number, load: () => Promise<ScoringState | null>): Promise<ScoringState | null> {
    if (this.#state && now >= this.#readAt && now - this.#readAt < this.maxAgeMs) return this.#state;
    const epoch = this.#epoch;
    const state = await load();
    if (epoch === this.#epoch) {
      this.#state = state;
      this.#readAt = now;
    }
    return state;
  }

  forget() {
    this.#state = null;
    this.#epoch++;
  }
}
