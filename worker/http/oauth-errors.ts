/**
 * Token endpoint failures, answered in RFC 6749 §5.2's shape `{error, error_description}`
 * rather than the API's own error envelope: OAuth2 client libraries and bank gateways parse it.
 */
const STATUS = {
  invalid_request: 400,
  invalid_client: 401,
  unsupported_grant_type: 400,
  invalid_scope: 400,
  // Not an RFC 6749 code (it defines none for throttling); the shape stays the RFC's.
  rate_limited: 429,
} as const;

export type OAuthErrorCode = keyof typeof STATUS;
export const OAUTH_ERROR_CODES = Object.keys(STATUS) as [OAuthErrorCode, ...OAuthErrorCode[]];

export class OAuthError extends Error {
  readonly status: (typeof STATUS)[OAuthErrorCode];

  constructor(
    readonly code: OAuthErrorCode,
    readonly description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
    this.status = STATUS[code];
  }

  /** RFC 6749 §5.2: a client that tried HTTP Basic gets a 401 with `WWW-Authenticate`. */
  static invalidClient(usedBasic: boolean) {
    return new OAuthError(
      "invalid_client",
      "Client authentication failed.",
      usedBasic ? { "WWW-Authenticate": 'Basic realm="score360", charset="UTF-8"' } : {},
    );
  }
}
