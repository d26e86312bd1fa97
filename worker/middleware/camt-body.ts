import type { Context, MiddlewareHandler } from "hono";
import { type CamtDocument, CamtReader } from "../connectors/camt-reader";
import { DocumentError } from "../connectors/xml-errors";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { readBounded, TOO_LARGE } from "../lib/bounded-body";
import { tooLarge } from "./json-body";

/** Deeper than any camt element (about 14 levels): a document past this is not one. */
export const CAMT_MAX_DEPTH = 32;
/** Entries and transactions per document: years of a busy SME's statements. */
export const CAMT_MAX_ITEMS = 50_000;

/**
 * Reads of the body: the network hands it over in pieces of a few KiB, each read an I/O turn;
 * reading 64 KiB at a time takes a 10,000-entry statement (9 MiB) in about 150 reads, not 2,300.
 */
const READ_BYTES = 64 * 1024;

/**
 * The camt body guard, in place of the JSON one: XML media type (415), size (413, counted while
 * streaming), and the document read as it arrives (camt-reader.ts), so the request never holds
 * the document, only what it maps to. With an `Idempotency-Key` the body's SHA-256 is taken on
 * the same pass and stands in for it in the idempotency fingerprint.
 */
export function camtBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    if (!/^(application|text)\/xml\s*(;|$)/i.test(type)) {
      throw new ApiError("unsupported_media_type", "Send the camt document as application/xml.");
    }
    if (Number(c.req.header("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes);
    const body = c.req.raw.body;
    if (body === null) throw new ApiError("invalid_xml", "The request has no body.");
    const digest = c.req.header("idempotency-key") === undefined ? null : new crypto.DigestStream("SHA-256");
    const hashing = digest?.getWriter();
    const reader = new CamtReader({ maxDepth: CAMT_MAX_DEPTH, maxItems: CAMT_MAX_ITEMS });
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
    try {
      const size = await readBounded(
        body,
        maxBytes,
        async (chunk) => {
          await hashing?.write(chunk);
          reader.write(decoder.decode(chunk, { stream: true }));
        },
        READ_BYTES,
      );
      if (size === TOO_LARGE) throw tooLarge(maxBytes);
      reader.write(decoder.decode());
      documents.set(c.req.raw, reader.close());
    } catch (err) {
      if (err instanceof DocumentError) throw new ApiError(err.code, err.message);
      if (err instanceof TypeError) throw new ApiError("invalid_xml", "The document is not valid UTF-8.");
      throw err;
    }
    if (digest && hashing) {
      await hashing.close();
      c.set("rawBody", `sha256:${[...new Uint8Array(await digest.digest)].map((b) => b.toString(16).padStart(2, "0")).join("")}`);
    } else {
      c.set("rawBody", "");
    }
    await next();
  };
}

/** The documents read by `camtBody`, by request: the route takes its request's with `camtDocument`. */
const documents = new WeakMap<Request, CamtDocument>();

export function camtDocument(c: Context<AppEnv>): CamtDocument {
  const doc = documents.get(c.req.raw);
  if (!doc) throw new Error("camtDocument: the route does not run camtBody");
  return doc;
}
