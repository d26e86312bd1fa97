import type { RequestOptions } from "../core/request.js";
import type { Body, FlowIngestionResult } from "../types.js";
import { Resource } from "./resource.js";

/** `client.flows` */
export class Flows extends Resource {
  /**
   * `flows.ingest`: 1–1000 PI-SPI flows for one SME. Each flow is checked on its own: bad ones
   * come back in `rejected` with their index; a flow id already received counts once.
   */
  ingest(params: Body<"flows.ingest">, options?: RequestOptions) {
    return this.call<FlowIngestionResult>("POST", "/connect/flows", { body: params, options });
  }
}
