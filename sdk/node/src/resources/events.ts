import type { RequestOptions } from "../core/request.js";
import type { Event, ListParams, Redelivery } from "../types.js";
import { Resource, segment } from "./resource.js";

/** `client.events` */
export class Events extends Resource {
  /** `events.list`: newest first, filtered by `type` and `smeId`. */
  list(params?: ListParams<"events.list">, options?: RequestOptions) {
    return this.paginate<Event>("/events", params, options);
  }

  /** `events.retrieve` */
  retrieve(eventId: string, options?: RequestOptions) {
    return this.call<Event>("GET", `/events/${segment(eventId)}`, { options });
  }

  /** `events.redeliver`: send it again to every enabled, subscribed endpoint (same `webhook-id`). */
  redeliver(eventId: string, options?: RequestOptions) {
    return this.call<Redelivery>("POST", `/events/${segment(eventId)}/redeliver`, { options });
  }
}
