import { VERSION } from "../version.js";
import { toCamel, toSnake } from "./casing.js";
import { ConnectionError, type ErrorDetails, errorFor, type Score360Error, TimeoutError } from "./errors.js";
import { backoffMs, isRetryable, MAX_RETRY_AFTER_MS, retryAfterMs } from "./retry.js";

/** Per-call overrides, accepted as the last argument of every method. */
export interface RequestOptions {
  /** Your own key for a POST, e.g. derived from your transaction id; one is generated otherwise. */
  idempotencyKey?: string;
  timeoutMs?: number;
  maxRetries?: number;
  /** Aborting it stops the call (and its retries) with the signal's reason. */
  signal?: AbortSignal;
}

export interface TransportConfig {
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  fetch: typeof fetch;
  credentials?: Credentials;
  /** Injected by unit tests to make backoff and timing deterministic. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** Where the `Authorization` header comes from: a fixed API key, or renewable OAuth tokens. */
export interface Credentials {
  /** `fresh` asks for a new credential: the API answered 401 `invalid_token` to the current one. */
  authorization(fresh: boolean): Promise<string>;
  renewable: boolean;
}

/** Bytes or text in a format of their own (not the SDK's camelCase JSON), and its media type. */
export interface Content {
  body: string | Uint8Array;
  type: string;
}

export interface Call {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the base URL (`/smes`). */
  path: string;
  /** The path is beside the versioned base rather than under it (`/.well-known/jwks.json`). */
  unversioned?: boolean;
  query?: object;
  /** camelCase; sent as snake_case JSON. */
  body?: object;
  /** A body already encoded, sent as is: the token endpoint's form, a camt document, PI-SPI events. */
  content?: Content;
  headers?: Record<string, string>;
  /** false for the few routes that take no bearer credential. */
  authenticated?: boolean;
  options?: RequestOptions;
}

const sleepFor = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * The hand-written core every resource method goes through: URL and casing, credentials,
 * `Idempotency-Key`, timeout, retries with backoff, and the typed error when it gives up.
 */
export class Transport {
  constructor(private readonly config: TransportConfig) {}

  async request<T>(call: Call): Promise<T> {
    const maxRetries = call.options?.maxRetries ?? this.config.maxRetries;
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent": `score360-node/${VERSION}`,
      ...call.headers,
    };
    // Encoded once: a retry must resend the very bytes the API fingerprinted under this key.
    let body: string | Uint8Array | undefined;
    if (call.content) {
      body = call.content.body;
      headers["content-type"] = call.content.type;
    } else if (call.body !== undefined) {
      body = JSON.stringify(toSnake(call.body));
      headers["content-type"] = "application/json";
    }
    if (call.method === "POST") headers["idempotency-key"] = call.options?.idempotencyKey ?? crypto.randomUUID();
    const url = this.url(call);

    let freshCredential = false;
    for (let retry = 0; ; retry++) {
      call.options?.signal?.throwIfAborted();
      const credentials = call.authenticated === false ? undefined : this.config.credentials;
      if (credentials) headers.authorization = await credentials.authorization(freshCredential);
      const outcome = await this.attempt(url, call, headers, body);
      if (outcome.ok) return outcome.value as T;
      const { error } = outcome;
      // An access token the API no longer takes (expired early, keys rotated): one more try with a new one.
      if (error.code === "invalid_token" && !freshCredential && credentials?.renewable) {
        freshCredential = true;
        retry--;
        continue;
      }
      freshCredential = false;
      const wait = this.retryDelay(error, retry, maxRetries);
      if (wait === undefined) throw error;
      await (this.config.sleep ?? sleepFor)(wait, call.options?.signal);
    }
  }

  private url(call: Call): string {
    const base = this.config.baseUrl.replace(/\/+$/, "");
    const url = new URL((call.unversioned ? base.replace(/\/v\d+$/, "") : base) + call.path);
    for (const [key, value] of Object.entries(toSnake(call.query ?? {}) as Record<string, unknown>)) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  private retryDelay(error: Score360Error, retry: number, maxRetries: number): number | undefined {
    if (retry >= maxRetries) return undefined;
    if (error.status === undefined) return backoffMs(retry, undefined, this.config.random);
    if (!isRetryable(error.status, error.code)) return undefined;
    const asked = retryAfterMs(error.headers?.get("retry-after") ?? null, Date.now());
    if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) return undefined;
    return backoffMs(retry, asked, this.config.random);
  }

  private async attempt(
    url: string,
    call: Call,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: Score360Error }> {
    const timeoutMs = call.options?.timeoutMs ?? this.config.timeoutMs;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = call.options?.signal ? AbortSignal.any([call.options.signal, timeout.signal]) : timeout.signal;
    try {
      // Any byte view is a valid body; the DOM typings only name views over an ArrayBuffer.
      const res = await this.config.fetch(url, { method: call.method, headers, body: body as BodyInit | undefined, signal });
      const text = await res.text();
      if (res.ok) return { ok: true, value: text === "" ? undefined : toCamel(JSON.parse(text)) };
      return { ok: false, error: errorFor(res.status, errorDetails(text), res.headers) };
    } catch (err) {
      if (call.options?.signal?.aborted) throw call.options.signal.reason;
      if (timeout.signal.aborted) {
        return { ok: false, error: new TimeoutError(`No answer from ${call.method} ${url} within ${timeoutMs} ms.`, { cause: err }) };
      }
      const reason = err instanceof Error ? err.message : String(err);
      return { ok: false, error: new ConnectionError(`Could not reach ${url}: ${reason}`, { cause: err }) };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The API's `{"error": {...}}`, or the token endpoint's `{"error": code, "error_description"}`. */
function errorDetails(text: string): ErrorDetails | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const error = (parsed as { error?: unknown } | null)?.error;
  if (typeof error === "string") {
    return { code: error, message: String((parsed as { error_description?: unknown }).error_description ?? error) };
  }
  return typeof error === "object" && error !== null ? toCamel<ErrorDetails>(error) : undefined;
}
