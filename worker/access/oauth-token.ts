import type { Db } from "../data/db";
import type { Actor } from "../http/context";
import { OAuthError } from "../http/oauth-errors";
import { RATE_LIMIT_PERIOD_SECONDS } from "../http/rate-limit";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, tokenParties } from "./access-token";
import { clientSecretMatches, findOAuthClient, touchOAuthClient } from "./oauth-clients";
import { grantedScopes, parseTokenRequest } from "./oauth-request";
import { signingKeys } from "./signing-keys";

export interface TokenHttpRequest {
  /** The caller's address (or one shared key without one): what the rate limit counts on. */
  source: string;
  contentType: string;
  body: string;
  authorization: string | undefined;
}

/**
 * The client credentials grant (RFC 6749 §4.4) → an RS256 access token (RFC 9068). The rate
 * limit counts per source address and runs before the secret is checked: guessing is slowed
 * whatever the guesses, and someone who knows only a client_id (it is in every token) spends
 * their own budget, never the real client's. `identified` names the client the request claims
 * to be, as soon as it exists: failed and throttled attempts against it are audited (sampled,
 * see audit/middleware.ts) to its institution.
 */
export async function issueToken(env: Env, db: Db, req: TokenHttpRequest, now: number, identified: (actor: Actor) => void) {
  const request = parseTokenRequest(req);
  const client = await findOAuthClient(db, request.clientId);
  if (client) identified({ institutionId: client.institutionId, environment: client.environment, id: client.id });
  if (!(await env.RATE_LIMIT_TOKEN.limit({ key: req.source })).success) {
    throw new OAuthError("rate_limited", "Too many token requests from this address; retry later.", {
      "Retry-After": String(RATE_LIMIT_PERIOD_SECONDS),
    });
  }
  // Compared even for an unknown client: answering faster would tell which client ids exist.
  const matches = await clientSecretMatches(client, request.clientSecret);
  if (!matches || !client) throw OAuthError.invalidClient(request.usedBasic);

  const scope = grantedScopes(request.scope, client.role).join(" ");
  const iat = Math.floor(now / 1000);
  const { issuer, audience } = tokenParties(env.API_ISSUER);
  const accessToken = await signAccessToken(await signingKeys(env.JWT_SIGNING_KEYS), {
    iss: issuer,
    aud: audience,
    sub: client.id,
    client_id: client.id,
    scope,
    iat,
    exp: iat + ACCESS_TOKEN_TTL_SECONDS,
    jti: crypto.randomUUID(),
    institution_id: client.institutionId,
    environment: client.environment,
  });
  await touchOAuthClient(db, client.id, now);
  return { access_token: accessToken, token_type: "Bearer" as const, expires_in: ACCESS_TOKEN_TTL_SECONDS, scope };
}
