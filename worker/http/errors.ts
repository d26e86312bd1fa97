import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./context";

/** Every error the API can answer, with the status and type it always carries. */
export const ERRORS = {
  invalid_json: [400, "invalid_request_error"],
  invalid_xml: [400, "invalid_request_error"],
  xml_doctype_forbidden: [400, "invalid_request_error"],
  xml_too_deep: [400, "invalid_request_error"],
  validation_failed: [400, "invalid_request_error"],
  resource_not_found: [404, "invalid_request_error"],
  sme_not_found: [404, "invalid_request_error"],
  account_not_found: [404, "invalid_request_error"],
  method_not_allowed: [405, "invalid_request_error"],
  sme_already_exists: [409, "invalid_request_error"],
  endpoint_limit_reached: [409, "invalid_request_error"],
  account_already_registered: [409, "invalid_request_error"],
  signup_already_exists: [409, "invalid_request_error"],
  payload_too_large: [413, "invalid_request_error"],
  too_many_entries: [413, "invalid_request_error"],
  unsupported_media_type: [415, "invalid_request_error"],
  insufficient_data: [422, "invalid_request_error"],
  unsupported_document: [422, "invalid_request_error"],
  account_sme_mismatch: [422, "invalid_request_error"],
  idempotency_key_reused: [422, "invalid_request_error"],
  missing_credentials: [401, "authentication_error"],
  invalid_api_key: [401, "authentication_error"],
  expired_api_key: [401, "authentication_error"],
  invalid_token: [401, "authentication_error"],
  insufficient_scope: [403, "permission_error"],
  live_mode_forbidden: [403, "permission_error"],
  sandbox_fixture_read_only: [403, "permission_error"],
  idempotency_in_progress: [409, "conflict_error"],
  rate_limited: [429, "rate_limit_error"],
  internal_error: [500, "api_error"],
} as const satisfies Record<string, readonly [ContentfulStatusCode, string]>;

export type ErrorCode = keyof typeof ERRORS;

/** A failure the client can act on; the error handler turns it into the contract's error body. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly type: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly param?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    [this.status, this.type] = ERRORS[code];
  }
}

export interface ErrorBody {
  error: { type: string; code: ErrorCode; message: string; param?: string; request_id: string };
}

export function errorBody(err: ApiError, requestId: string): ErrorBody {
  return {
    error: {
      type: err.type,
      code: err.code,
      message: err.message,
      ...(err.param === undefined ? {} : { param: err.param }),
      request_id: requestId,
    },
  };
}

export const errorResponse = (c: Context<AppEnv>, err: ApiError) => c.json(errorBody(err, c.get("requestId")), err.status, err.headers);
