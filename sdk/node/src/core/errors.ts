/** What the API says about a failure (`{"error": {...}}`), or RFC 6749's shape from the token endpoint. */
export interface ErrorDetails {
  type?: string;
  code?: string;
  message?: string;
  param?: string;
  requestId?: string;
  [field: string]: unknown;
}

/** Every error the SDK throws. `status` is absent when no HTTP answer came back. */
export class Score360Error extends Error {
  override readonly name: string = "Score360Error";
  readonly status: number | undefined;
  readonly type: string | undefined;
  readonly code: string | undefined;
  /** The request field at fault, when the API names one (`window_days`). */
  readonly param: string | undefined;
  /** The API's `Request-Id`: quote it to support. */
  readonly requestId: string | undefined;
  /** The whole error object the API answered, camelCased: any detail it gives beyond the above. */
  readonly details: ErrorDetails | undefined;
  readonly headers: Headers | undefined;

  constructor(message: string, init: { status?: number; details?: ErrorDetails; headers?: Headers; cause?: unknown } = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.details = init.details;
    this.type = init.details?.type;
    this.code = init.details?.code;
    this.param = init.details?.param;
    this.headers = init.headers;
    this.requestId = init.details?.requestId ?? init.headers?.get("request-id") ?? undefined;
  }
}

/** 400/404/405/409/413/415/422 `invalid_request_error`: fix the request; retrying will not help. */
export class InvalidRequestError extends Score360Error {
  override readonly name: string = "InvalidRequestError";
}
/** 404: no such object (`sme_not_found`, `resource_not_found`). */
export class NotFoundError extends InvalidRequestError {
  override readonly name: string = "NotFoundError";
}
/** 401: missing, unknown, expired or revoked credentials; for OAuth, `invalid_client`. */
export class AuthenticationError extends Score360Error {
  override readonly name: string = "AuthenticationError";
}
/** 403: the key's role or the token's scopes lack the route's scope, or the sandbox forbids it. */
export class PermissionError extends Score360Error {
  override readonly name: string = "PermissionError";
}
/** 409 `idempotency_in_progress` still answered after every retry. */
export class ConflictError extends Score360Error {
  override readonly name: string = "ConflictError";
}
/** 429 after every retry; `retryAfter` is the API's `Retry-After`, in seconds. */
export class RateLimitError extends Score360Error {
  override readonly name: string = "RateLimitError";
  get retryAfter(): number | undefined {
    const value = Number(this.headers?.get("retry-after"));
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  }
}
/** 5xx after every retry: the fault is on our side. */
export class ApiError extends Score360Error {
  override readonly name: string = "ApiError";
}
/** No HTTP answer: DNS, refused or reset connection, after every retry. */
export class ConnectionError extends Score360Error {
  override readonly name: string = "ConnectionError";
}
/** No answer within `timeoutMs`, after every retry. */
export class TimeoutError extends ConnectionError {
  override readonly name: string = "TimeoutError";
}
/** `client.webhooks.verify` refused a delivery. */
export class WebhookVerificationError extends Score360Error {
  override readonly name: string = "WebhookVerificationError";
}

const BY_TYPE: Record<string, typeof Score360Error> = {
  invalid_request_error: InvalidRequestError,
  authentication_error: AuthenticationError,
  permission_error: PermissionError,
  conflict_error: ConflictError,
  rate_limit_error: RateLimitError,
  api_error: ApiError,
};

/** The class for an answer: the API's `type` first, the status when the body has none. */
export function errorFor(status: number, details: ErrorDetails | undefined, headers: Headers): Score360Error {
  const message = details?.message ?? `The API answered ${status}.`;
  const init = { status, details, headers };
  if (status === 404) return new NotFoundError(message, init);
  const byType = details?.type === undefined ? undefined : BY_TYPE[details.type];
  if (byType) return new byType(message, init);
  if (status === 401) return new AuthenticationError(message, init);
  if (status === 403) return new PermissionError(message, init);
  if (status === 409) return new ConflictError(message, init);
  if (status === 429) return new RateLimitError(message, init);
  if (status >= 500) return new ApiError(message, init);
  return new InvalidRequestError(message, init);
}
