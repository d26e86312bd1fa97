/** One page of a list, as the API answers it (camelCased). */
export interface Page<T> {
  object: "list";
  data: T[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** At most this many items from `toArray`, so a forgotten limit cannot exhaust memory. */
export const MAX_TO_ARRAY = 10_000;

/**
 * A list call, not yet sent. `for await` walks every item across pages by cursor (each page
 * `limit` long); `firstPage()` fetches one page; `toArray({ limit })` collects up to `limit` items.
 */
export class Paginator<T> implements AsyncIterable<T> {
  constructor(private readonly fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {}

  firstPage(): Promise<Page<T>> {
    return this.fetchPage(undefined);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let cursor: string | undefined;
    for (;;) {
      const page = await this.fetchPage(cursor);
      yield* page.data;
      if (!page.hasMore || page.nextCursor === null) return;
      cursor = page.nextCursor;
    }
  }

  async toArray({ limit }: { limit: number }): Promise<T[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TO_ARRAY) {
      throw new RangeError(`toArray needs a limit from 1 to ${MAX_TO_ARRAY}; use for await to walk more.`);
    }
    const items: T[] = [];
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
