import type { Tenant } from "../http/context";

/** Whose ledger a Durable Object is: told with every call that needs it, kept for its alarm. */
export interface LedgerOwner extends Tenant {
  smeId: string;
}

/** The SME's ledger Durable Object: one per institution × environment × sme_id. */
export const ledgerOf = (env: Env, p: Tenant, smeId: string) => env.SME_LEDGER.getByName(`${p.institutionId}:${p.environment}:${smeId}`);
