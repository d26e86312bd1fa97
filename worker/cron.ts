import { database } from "./data/db";
import { pruneIdempotencyKeys } from "./data/idempotency";
import { sweepOutbox } from "./webhooks/sweep";

/** The cron: the 24 h retention of stored Idempotency-Key answers, then the outbox sweep. */
export async function runCron(env: Env, now: number) {
  await pruneIdempotencyKeys(database(env.DB), now);
  await sweepOutbox(env, now);
}
