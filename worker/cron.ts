import { importLegacyScores } from "./data/legacy-scores";
import { purgeExpired } from "./data/retention";
import { sweepOutbox } from "./webhooks/sweep";

/**
 * The cron: the retention (stored Idempotency-Key answers, old events, delivery attempts and
 * acknowledged alerts), the outbox sweep, then a share of D1's old score rows handed to their
 * ledgers.
 */
export async function runCron(env: Env, now: number) {
  await purgeExpired(env, now);
  await sweepOutbox(env, now);
  await importLegacyScores(env);
}
