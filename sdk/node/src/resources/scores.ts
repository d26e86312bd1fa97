import type { RequestOptions } from "../core/request.js";
import type { Body, Query, Score, ScoreHistory } from "../types.js";
import { Resource, segment } from "./resource.js";

/** `client.scores` */
export class Scores extends Resource {
  /** `scores.create`: score the SME now over `windowDays` (default 90). */
  create(params: Body<"scores.create">, options?: RequestOptions) {
    return this.call<Score>("POST", "/scores", { body: params, options });
  }

  /** `scores.retrieve`: the latest score and a page of history, newest first (`cursor` for the next). */
  retrieve(smeId: string, params?: Query<"scores.retrieve">, options?: RequestOptions) {
    return this.call<ScoreHistory>("GET", `/scores/${segment(smeId)}`, { query: params, options });
  }
}
