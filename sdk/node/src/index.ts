export { type ClientOptions, DEFAULT_BASE_URL, Score360 } from "./client.js";
export type { Camelize } from "./core/casing.js";
export {
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  type ErrorDetails,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  Score360Error,
  TimeoutError,
  WebhookVerificationError,
} from "./core/errors.js";
export type { OAuthConfig } from "./core/oauth.js";
export type { Page, Paginator } from "./core/pagination.js";
export type { RequestOptions } from "./core/request.js";
export type * from "./types.js";
export { VERSION } from "./version.js";
export type { RawBody, WebhookHeaders } from "./webhooks.js";
