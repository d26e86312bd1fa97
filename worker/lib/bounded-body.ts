/** What `readBounded` answers when the body passes its bound. */
export const TOO_LARGE = Symbol("too large");

/**
 * How much of a refused body is read and discarded before giving up on it. The platform itself
 * refuses bodies over 100 MB; locally nothing does.
 */
const DRAIN_MAX_BYTES = 100 * 1024 * 1024;

/** One read of a body, whatever the reader. */
type Chunks = { next(): Promise<ReadableStreamReadResult<Uint8Array>>; cancel(): Promise<void> };

/**
 * Reads what is left of a body and discards it. A response sent while its request's body is half
 * read and still arriving broke what came next: under `wrangler dev` the next request answered 503
 * "worker restarted mid-request", and cancelling the stream instead did not help; a body never
 * touched does no harm (test/e2e/body-limit.test.ts). Past `DRAIN_MAX_BYTES` it is cancelled.
 */
async function drain(chunks: Chunks): Promise<void> {
  let bytes = 0;
  try {
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
      bytes += r.value.byteLength;
      if (bytes > DRAIN_MAX_BYTES) {
        await chunks.cancel();
        return;
      }
    }
  } catch {
    // The sender went away: nothing is left to read.
  }
}

/**
 * The body's chunks. With `readBytes`, at least that many bytes per read (workerd's
 * `readAtLeast` on a byte stream: a network body otherwise arrives a few KiB per read, each an
 * I/O turn); without, as the stream hands them over.
 */
function chunksOf(body: ReadableStream<Uint8Array>, readBytes?: number): Chunks {
  if (readBytes === undefined) {
    const reader = body.getReader();
    return { next: () => reader.read(), cancel: () => reader.cancel() };
  }
  const reader = body.getReader({ mode: "byob" }) as ReadableStreamBYOBReader & {
    readAtLeast(min: number, view: Uint8Array): Promise<ReadableStreamReadResult<Uint8Array>>;
  };
  return { next: () => reader.readAtLeast(readBytes, new Uint8Array(readBytes)), cancel: () => reader.cancel() };
}

/**
 * Reads a body to its end, chunk by chunk, giving each chunk to `onChunk`; past `maxBytes` it
 * stops giving and answers `TOO_LARGE`. Either way, and when `onChunk` throws, the body is read
 * to its end first (`drain`), so the refusal leaves the connection clean.
 */
export async function readBounded(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
  readBytes?: number,
): Promise<number | typeof TOO_LARGE> {
  const chunks = chunksOf(body, readBytes);
  let bytes = 0;
  try {
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
      bytes += r.value.byteLength;
      if (bytes > maxBytes) {
        await drain(chunks);
        return TOO_LARGE;
      }
      await onChunk(r.value);
    }
    return bytes;
  } catch (err) {
    await drain(chunks);
    throw err;
  }
}

/**
 * A request's whole body as bytes, or `TOO_LARGE`; never holds more than `maxBytes`. A declared
 * Content-Length is the body's exact size (HTTP framing), so within the bound it is read natively
 * in one call, and past it refused unread; only a body of unknown length is counted as it streams.
 */
export async function bytesBounded(request: Request, maxBytes: number): Promise<Uint8Array | typeof TOO_LARGE> {
  if (request.body === null) return new Uint8Array();
  const declared = request.headers.get("content-length");
  if (declared !== null) return Number(declared) > maxBytes ? TOO_LARGE : new Uint8Array(await request.arrayBuffer());
  const chunks: Uint8Array[] = [];
  const size = await readBounded(request.body, maxBytes, (chunk) => {
    chunks.push(chunk);
  });
  if (size === TOO_LARGE) return TOO_LARGE;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
