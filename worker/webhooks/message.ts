/**
 * One queued delivery: an event for one endpoint. Written by `dispatch.ts`, read by `deliver.ts`.
 * Tenancy travels with it, so every read is scoped.
 */
export interface DeliveryMessage {
  institution_id: string;
  environment: "test" | "live";
  event_id: string;
  endpoint_id: string;
  /** 0 for the first sending; the request time for a redelivery, which starts a fresh series of attempts. */
  round: number;
}
