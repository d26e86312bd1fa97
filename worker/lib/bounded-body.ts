/** What `readBounded` answers when the body passes its bound. */
export const TOO_LARGE = Symbol("too large");

/**
 * How much of a refused body is read and discarded before giving up on it. The platform itself
 * refuses bodies over 100 MB; locally nothing does.
 */
const DRAIN_MAX_BYTES = 100 * 1024 * 1024;

/**
 * Reads what is left of a body and discards it. A response sent while its request's body is half
 * read and still arriving broke what came next: under `wrangler dev` the next request answered 503
 * "worker restarted mid-request", and cancelling the stream instead did not help; a body never
 * touched does no harm (test/e2e/body-limit.test.ts). Past `DRAIN_MAX_BYTES` it is cancelled.
 */
export async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let bytes = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      bytes += r.value.byteLength;
      if (bytes > DRAIN_MAX_BYTES) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The sender went away: nothing is left to read.
  }
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
): Promise<number | typeof TOO_LARGE> {
  const reader = body.getReader();
  let bytes = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      bytes += r.value.byteLength;
      if (bytes > maxBytes) {
        await drain(reader);
        return TOO_LARGE;
      }
      await onChunk(r.value);
    }
    return bytes;
  } catch (err) {
    await drain(reader);
    throw err;
  }
}

/** The whole body as bytes, or `TOO_LARGE`; never holds more than `maxBytes`. */
export async function bytesBounded(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | typeof TOO_LARGE> {
  const chunks: Uint8Array[] = [];
  const size = await readBounded(body, maxBytes, (chunk) => {
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
