import { type Page, Paginator } from "../core/pagination.js";
import type { Call, RequestOptions, Transport } from "../core/request.js";

export const segment = (id: string) => encodeURIComponent(id);

/** What every resource object shares: the transport, and the one way a list becomes a paginator. */
export abstract class Resource {
  constructor(protected readonly transport: Transport) {}

  protected call<T>(method: Call["method"], path: string, rest: Omit<Call, "method" | "path"> = {}): Promise<T> {
    return this.transport.request<T>({ method, path, ...rest });
  }

  protected paginate<T>(path: string, query: { cursor?: string | null } | undefined, options: RequestOptions | undefined): Paginator<T> {
    // The first page starts at the caller's cursor, if any; the next ones at the page before's.
    return new Paginator((cursor) =>
      this.call<Page<T>>("GET", path, { query: { ...query, cursor: cursor ?? query?.cursor ?? undefined }, options }),
    );
  }
}
