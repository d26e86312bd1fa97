import type { Environment, Role } from "../../schema";
import type { Scope } from "../access/scopes";

/** Who is calling: the only source of tenancy for every query. */
export interface Principal {
  institutionId: string;
  environment: Environment;
  keyId: string;
  role: Role;
  scopes: ReadonlySet<Scope>;
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    principal: Principal;
    /** The raw JSON body, kept for the idempotency fingerprint. */
    rawBody: string;
  };
}
