/**
 * Request bodies nest at most this deep. Ours nest 3 levels; the cap leaves room and keeps
 * every recursive walk of a body (zod, structured clone to a Durable Object, JSON.stringify)
 * far from the stack's end.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep a parsed JSON value nests, walked without recursion (V8's JSON.parse does not
 * recurse either, so a 5,000-level body parses safely and is refused here, before anything
 * recursive sees it). Stops once past `limit`. Walking the value visits each object and array
 * once, cheaper than scanning the text byte by byte.
 */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== "object") continue;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return max;
}
