import type { RequestOptions } from "../core/request.js";
import type { Body, BulkCreateSmesResult, Cashflow, Erasure, ListParams, Query, Sme } from "../types.js";
import { Resource, segment } from "./resource.js";

/** `client.smes`: the SMEs an institution scores. */
export class Smes extends Resource {
  /** `smes.create`: register an SME (409 `sme_already_exists` if its id is taken). */
  create(params: Body<"smes.create">, options?: RequestOptions) {
    return this.call<Sme>("POST", "/smes", { body: params, options });
  }

  /**
   * `smes.bulkCreate`: 1–1000 SMEs in one call, each checked on its own: bad ones come back in
   * `rejected` with their index; one identical to an SME already registered counts as a duplicate.
   */
  bulkCreate(params: Body<"smes.bulkCreate">, options?: RequestOptions) {
    return this.call<BulkCreateSmesResult>("POST", "/smes/bulk", { body: params, options });
  }

  /** `smes.cashflow`: the SME's inflows and outflows per month (or week), oldest first, zeros included. */
  cashflow(smeId: string, params?: Query<"smes.cashflow">, options?: RequestOptions) {
    return this.call<Cashflow>("GET", `/smes/${segment(smeId)}/cashflow`, { query: params, options });
  }

  /** `smes.retrieve` */
  retrieve(smeId: string, options?: RequestOptions) {
    return this.call<Sme>("GET", `/smes/${segment(smeId)}`, { options });
  }

  /** `smes.update`: fields left out are unchanged; `identifiers` and `metadata` are replaced whole. */
  update(smeId: string, params: Body<"smes.update">, options?: RequestOptions) {
    return this.call<Sme>("PATCH", `/smes/${segment(smeId)}`, { body: params, options });
  }

  /** `smes.list`: newest first; `for await` walks every page. */
  list(params?: ListParams<"smes.list">, options?: RequestOptions) {
    return this.paginate<Sme>("/smes", params, options);
  }

  /** `smes.delete`: erase the SME, its flows, scores and alerts (right to erasure). */
  delete(smeId: string, options?: RequestOptions) {
    return this.call<Erasure>("DELETE", `/smes/${segment(smeId)}`, { options });
  }
}
