/**
 * Request bodies nest at most this deep. Ours nest 3 levels; the cap leaves room and keeps
 * every recursive walk of a body (zod, structured clone to a Durable Object, JSON.stringify)
 * far from the stack's end.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep JSON text nests, read without parsing (so without recursion): brackets and braces
 * outside strings. Stops counting once past `limit`.
 */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character, a quote among them.
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}
