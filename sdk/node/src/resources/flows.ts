import type { RequestOptions } from "../core/request.js";
import type { Body, FlowIngestionResult, Query } from "../types.js";
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

  /**
   * `flows.ingestCamt`: an ISO 20022 camt.053 statement or camt.054 notification (001.02 to
   * 001.08), the XML as your core banking system wrote it, sent byte for byte as
   * `application/xml`. The SME is found from the account the document names, or given as
   * `smeId`. Entries that are not flows come back in `rejected` with their path.
   */
  ingestCamt(document: string | Uint8Array, params?: Query<"flows.ingestCamt">, options?: RequestOptions) {
    return this.call<FlowIngestionResult>("POST", "/connect/camt", {
      query: params,
      content: { body: document, type: "application/xml" },
      options,
    });
  }

  /**
   * `flows.ingestPiSpi`: PI-SPI participant notifications (`{ data: [events], meta }`) exactly
   * as the PI-SPI business interface emits them: their field names (`evCode`, `end2endId`, …)
   * are sent untouched, not re-cased. The SME is found from the events' `alias`, or given as `smeId`.
   */
  ingestPiSpi(notification: Body<"flows.ingestPiSpi">, params?: Query<"flows.ingestPiSpi">, options?: RequestOptions) {
    return this.call<FlowIngestionResult>("POST", "/connect/pi-spi/events", {
      query: params,
      content: { body: JSON.stringify(notification), type: "application/json" },
      options,
    });
  }
}
