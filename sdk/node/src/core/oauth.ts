import type { Credentials } from "./request.js";

export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Space-delimited subset of the client's scopes; all of them when left out. */
  scope?: string;
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

/** Renew this long before the token expires, so a call never leaves with a token about to lapse. */
export const RENEW_BEFORE_MS = 60_000;

/**
 * Client-credentials tokens, cached and renewed before expiry. Concurrent calls that find no
 * valid token share one token request rather than each asking for its own.
 */
export class TokenCache implements Credentials {
  readonly renewable = true;
  private token: { value: string; renewAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async authorization(fresh: boolean): Promise<string> {
    return `Bearer ${await this.accessToken(fresh)}`;
  }

  private accessToken(fresh: boolean): Promise<string> {
    if (fresh) this.token = undefined;
    if (this.token && this.now() < this.token.renewAt) return Promise.resolve(this.token.value);
    // Counted from the request, not the answer: the token's clock started at most then.
    const requestedAt = this.now();
    this.pending ??= this.issue()
      .then(({ accessToken, expiresIn }) => {
        // A short-lived token is renewed at half its life rather than never being reused.
        this.token = { value: accessToken, renewAt: requestedAt + Math.max(expiresIn * 1000 - RENEW_BEFORE_MS, (expiresIn * 1000) / 2) };
        return accessToken;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}

export const apiKeyCredentials = (apiKey: string): Credentials => ({
  renewable: false,
  authorization: async () => `Bearer ${apiKey}`,
});
