import { purgeIdempotencyKeys } from "./data/idempotency";
import { sweepOutbox } from "./webhooks/sweep";

/** The cron: the 24 h retention of stored Idempotency-Key answers, then the outbox sweep. */
export async function runCron(env: Env, now: number) {
  await purgeIdempotencyKeys(env, now);
  await sweepOutbox(env, now);
}
