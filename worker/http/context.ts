import type { Environment, Role } from "../../schema";
import type { Scope } from "./scopes";

/** Who is calling: the only source of tenancy for every query. */
export interface Principal {
  institutionId: string;
  environment: Environment;
  /** The API key's id, or the OAuth client's id for an access token: rate limits count on it. */
  keyId: string;
  role: Role;
  scopes: ReadonlySet<Scope>;
}

/** Whose data a query touches: the principal's, or the ledger's own when it re-scores. */
export type Tenant = Pick<Principal, "institutionId" | "environment">;

/**
 * Whom a request's audit entry names: set as soon as a credential is identified (an API key or
 * OAuth client of ours), before it is accepted or refused, so refusals are audited too.
 */
export interface Actor extends Tenant {
  /** The key id or OAuth client id; never the secret. */
  id: string;
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    principal: Principal;
    actor: Actor;
    /** The raw JSON body (or a camt body's SHA-256), kept for the idempotency fingerprint. */
    rawBody: string;
    /** Further logs the request's audit entry also goes to: an operator action, in each environment it touched. */
    auditAlso: Tenant[];
  };
}
