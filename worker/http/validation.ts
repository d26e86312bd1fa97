import type { Hook } from "@hono/zod-openapi";
import type { ZodError } from "zod";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";

/** The first zod issue, as the contract's `validation_failed` naming the offending `param`. */
export function validationError(error: ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError("validation_failed", "The request is not valid.");
  const path = issue.path.map(String);
  const param = issue.code === "unrecognized_keys" ? [...path, issue.keys[0] ?? ""].join(".") : path.join(".") || undefined;
  const message = param ? `${param}: ${issue.message}` : issue.message;
  return new ApiError("validation_failed", message.slice(0, 300), param?.slice(0, 200));
}

export const defaultHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) throw validationError(result.error);
};
