import type { Principal } from "../http/context";

/** The SME's ledger Durable Object: one per institution × environment × sme_id. */
export const ledgerOf = (env: Env, p: Principal, smeId: string) =>
  env.SME_LEDGER.getByName(`${p.institutionId}:${p.environment}:${smeId}`);
