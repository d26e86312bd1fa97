import type { Db } from "../data/db";
import type { Actor, Principal } from "../http/context";
import { ApiError } from "../http/errors";
import { ROLE_SCOPES } from "../http/scopes";
import { tokenParties, verifyAccessToken } from "./access-token";
import { rememberedOAuthClient } from "./oauth-clients";
import { signingKeys } from "./signing-keys";

/** RFC 6750 §3: tells a client which scheme failed and why, without any detail an attacker needs. */
const refused = (message: string) =>
  new ApiError("invalid_token", message, undefined, { "WWW-Authenticate": 'Bearer realm="score360", error="invalid_token"' });

/**
 * An OAuth2 access token → principal: the token's scopes (never more than its client's role
 * still grants), its client's institution and environment. The client's row is read (or
 * remembered for a few seconds) on every request, so that revoking it refuses its outstanding
 * tokens without waiting for them to expire. `identified` is called as soon as our signature
 * vouches for the client, so even a refused token is audited.
 */
export async function authenticateAccessToken(
  env: Env,
  db: Db,
  token: string,
  now: number,
  identified: (actor: Actor) => void,
): Promise<Principal> {
  const check = await verifyAccessToken(await signingKeys(env.JWT_SIGNING_KEYS), token, {
    ...tokenParties(env.API_ISSUER),
    now: Math.floor(now / 1000),
  });
  if (check.claims) {
    identified({ institutionId: check.claims.institution_id, environment: check.claims.environment, id: check.claims.client_id });
  }
  if (!check.ok) {
    throw refused(check.reason === "expired" ? "The access token has expired; request a new one." : "The access token is not valid.");
  }
  const { claims } = check;
  const client = await rememberedOAuthClient(db, claims.client_id, now);
  if (!client || client.revokedAt !== null || client.institutionId !== claims.institution_id || client.environment !== claims.environment) {
    throw refused("The access token's client is revoked.");
  }
  const granted = new Set(claims.scope.split(" "));
  return {
    institutionId: client.institutionId,
    environment: client.environment,
    keyId: client.id,
    role: client.role,
    scopes: new Set(ROLE_SCOPES[client.role].filter((s) => granted.has(s))),
  };
}
