import type { Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import { DEFAULT_WINDOW_DAYS } from "../schemas/scores";
import { scoreSme } from "./scoring";

/** Whose ledger a Durable Object is: told on every ingestion, kept for its alarm. */
export interface LedgerOwner extends Tenant {
  smeId: string;
}

/**
 * The ledger's proactive re-score after new flows, through the same path as POST /v1/scores, so
 * its events and alerts come out of the same outbox. An SME with too little history yet, or
 * erased meanwhile, is simply not scored; any other failure is thrown for the alarm to retry.
 */
export async function rescore(env: Env, owner: LedgerOwner, now: number) {
  try {
    await scoreSme(env, owner, owner.smeId, { windowDays: DEFAULT_WINDOW_DAYS }, now);
  } catch (err) {
    if (err instanceof ApiError && (err.code === "insufficient_data" || err.code === "sme_not_found")) return;
    throw err;
  }
}
