import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { bytesBounded, TOO_LARGE } from "../lib/bounded-body";
import { jsonDepth, MAX_JSON_DEPTH } from "../lib/json-depth";

export const MiB = 1024 * 1024;

/**
 * Guards a JSON body before any route sees it: JSON media type (415), size (413, checked while
 * streaming so a huge body is never buffered), syntax and nesting (400: a body 5,000 levels
 * deep would overflow the stack of whatever walks it next). Validators get the value parsed
 * here: the body is parsed once.
 */
export function jsonBody(maxBytes = MiB): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "POST" && c.req.method !== "PATCH" && c.req.method !== "PUT") return next();
    const type = c.req.header("content-type") ?? "";
    const hasBody = c.req.raw.body !== null && c.req.header("content-length") !== "0";
    if (!hasBody && type === "") {
      c.set("rawBody", "");
      return next();
    }
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new ApiError("unsupported_media_type", "Send the body as application/json.");
    }
    const bytes = await bytesBounded(c.req.raw, maxBytes);
    if (bytes === TOO_LARGE) throw tooLarge(maxBytes);
    const raw = new TextDecoder().decode(bytes);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new ApiError("invalid_json", "The request body is not valid JSON.");
    }
    if (jsonDepth(parsed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      throw new ApiError("invalid_json", `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
    }
    c.set("rawBody", raw);
    // Other body readers find the value cached; but hono's json(), which the validators call,
    // only reuses a cached text, and given a cached value stringifies it to parse it again (two
    // more passes over ~130 KB for 1,000 flows): it answers with the value parsed here instead.
    c.req.bodyCache.json = Promise.resolve(parsed);
    c.req.json = <T>() => Promise.resolve(parsed as T);
    await next();
  };
}

/** 413 for any body guard. */
export const tooLarge = (maxBytes: number) => new ApiError("payload_too_large", `The request body exceeds ${maxBytes} bytes.`);
