import type { OAuthConfig } from "../core/oauth.js";
import type { RequestOptions } from "../core/request.js";
import type { Body, ListParams, OAuthClient, OAuthClientWithSecret, Result, TokenResponse } from "../types.js";
import { Resource, segment } from "./resource.js";

/** `client.oauthClients`: credentials for server integrations using client-credentials tokens. */
export class OAuthClients extends Resource {
  /** `oauthClients.create`: the answer carries the `clientSecret`, shown once. */
  create(params: Body<"oauthClients.create">, options?: RequestOptions) {
    return this.call<OAuthClientWithSecret>("POST", "/oauth/clients", { body: params, options });
  }

  /** `oauthClients.list` */
  list(params?: ListParams<"oauthClients.list">, options?: RequestOptions) {
    return this.paginate<OAuthClient>("/oauth/clients", params, options);
  }

  /** `oauthClients.revoke`: no new token, and its tokens are refused from the next request. */
  revoke(clientId: string, options?: RequestOptions) {
    return this.call<Result<"oauthClients.revoke">>("DELETE", `/oauth/clients/${segment(clientId)}`, { options });
  }
}

/** `client.oauth` */
export class OAuth extends Resource {
  /**
   * `oauth.token`: a client-credentials access token. A client made with `oauth` options calls
   * this itself (and caches the token); call it directly to hand a token to something else.
   */
  token(credentials: OAuthConfig, options?: RequestOptions) {
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    if (credentials.scope !== undefined) form.set("scope", credentials.scope);
    // client_secret_basic: RFC 6749 §2.3.1 form-encodes both parts before Base64.
    const basic = btoa(`${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`);
    return this.call<TokenResponse>("POST", "/oauth/token", {
      content: { body: form.toString(), type: "application/x-www-form-urlencoded" },
      headers: { authorization: `Basic ${basic}` },
      authenticated: false,
      options,
    });
  }
}
