import { ApiError } from "./errors";

/**
 * Keyset pagination over a monotonically increasing sequence, newest first. A row inserted
 * while a client pages has a higher sequence than any cursor already issued, so it never
 * shifts the pages still to come: nothing is skipped or repeated.
 */
export function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return null;
  try {
    const decoded = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/"))) as { s?: unknown };
    if (typeof decoded.s === "number" && Number.isSafeInteger(decoded.s) && decoded.s > 0) return decoded.s;
  } catch {
    // fall through: any undecodable cursor is the same client error
  }
  throw new ApiError("validation_failed", "The cursor is not one this API issued.", "cursor");
}

export function encodeCursor(seq: number): string {
  return btoa(JSON.stringify({ s: seq }))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** Shapes `limit + 1` rows fetched newest-first into a list page. */
export function page<Row extends { seq: number }, Item>(rows: Row[], limit: number, toItem: (row: Row) => Item) {
  const hasMore = rows.length > limit;
  const data = rows.slice(0, limit);
  return {
    object: "list" as const,
    data: data.map(toItem),
    has_more: hasMore,
    next_cursor: hasMore ? encodeCursor(data[data.length - 1]!.seq) : null,
  };
}
