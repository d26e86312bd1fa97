import type { RequestOptions, Transport } from "../core/request.js";
import type { Body, ListParams, Result, WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret } from "../types.js";
import { Resource, segment } from "./resource.js";

const path = (endpointId: string) => `/webhook-endpoints/${segment(endpointId)}`;

/** `client.webhookEndpoints.deliveries` */
export class Deliveries extends Resource {
  /** `webhookEndpoints.deliveries.list`: every attempt, newest first. */
  list(endpointId: string, params?: ListParams<"webhookEndpoints.deliveries.list">, options?: RequestOptions) {
    return this.paginate<WebhookDelivery>(`${path(endpointId)}/deliveries`, params, options);
  }
}

/** `client.webhookEndpoints`: where events are delivered, signed per Standard Webhooks. */
export class WebhookEndpoints extends Resource {
  readonly deliveries: Deliveries;

  constructor(transport: Transport) {
    super(transport);
    this.deliveries = new Deliveries(transport);
  }

  /** `webhookEndpoints.create`: the answer carries the signing `secret`, shown once. */
  create(params: Body<"webhookEndpoints.create">, options?: RequestOptions) {
    return this.call<WebhookEndpointWithSecret>("POST", "/webhook-endpoints", { body: params, options });
  }

  /** `webhookEndpoints.list` */
  list(params?: ListParams<"webhookEndpoints.list">, options?: RequestOptions) {
    return this.paginate<WebhookEndpoint>("/webhook-endpoints", params, options);
  }

  /** `webhookEndpoints.retrieve` */
  retrieve(endpointId: string, options?: RequestOptions) {
    return this.call<WebhookEndpoint>("GET", path(endpointId), { options });
  }

  /** `webhookEndpoints.update`: `status: "enabled"` turns a disabled endpoint back on. */
  update(endpointId: string, params: Body<"webhookEndpoints.update">, options?: RequestOptions) {
    return this.call<WebhookEndpoint>("PATCH", path(endpointId), { body: params, options });
  }

  /** `webhookEndpoints.delete` */
  delete(endpointId: string, options?: RequestOptions) {
    return this.call<Result<"webhookEndpoints.delete">>("DELETE", path(endpointId), { options });
  }

  /** `webhookEndpoints.rotateSecret`: the new secret, shown once; the old one keeps signing for 24 h. */
  rotateSecret(endpointId: string, options?: RequestOptions) {
    return this.call<Result<"webhookEndpoints.rotateSecret">>("POST", `${path(endpointId)}/rotate-secret`, { options });
  }
}
