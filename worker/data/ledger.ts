import type { Tenant } from "../http/context";

/** The SME's ledger Durable Object: one per institution × environment × sme_id. */
export const ledgerOf = (env: Env, p: Tenant, smeId: string) =>
  env.SME_LEDGER.getByName(`${p.institutionId}:${p.environment}:${smeId}`);
