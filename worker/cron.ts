import { purgeIdempotencyKeys } from "./data/idempotency";
import { importLegacyScores } from "./data/legacy-scores";
import { sweepOutbox } from "./webhooks/sweep";

/**
 * The cron: the 24 h retention of stored Idempotency-Key answers, the outbox sweep, then a
 * share of D1's old score rows handed to their ledgers.
 */
export async function runCron(env: Env, now: number) {
  await purgeIdempotencyKeys(env, now);
  await sweepOutbox(env, now);
  await importLegacyScores(env);
}
