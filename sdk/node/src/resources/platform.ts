import type { RequestOptions, Transport } from "../core/request.js";
import type { Body, Health, Institution, Jwks, Result, SandboxSignupResult } from "../types.js";
import { Resource } from "./resource.js";

/** `client.health` */
export class HealthCheck extends Resource {
  /** `health.check`: liveness; needs no credential. */
  check(options?: RequestOptions) {
    return this.call<Health>("GET", "/health", { authenticated: false, options });
  }
}

/** `client.jwks` */
export class JwksResource extends Resource {
  /** `jwks.retrieve`: the public keys access tokens are signed with (`/.well-known/jwks.json`). */
  retrieve(options?: RequestOptions) {
    return this.call<Jwks>("GET", "/.well-known/jwks.json", { unversioned: true, authenticated: false, options });
  }
}

/** `client.sandbox.signups` */
export class SandboxSignups extends Resource {
  /**
   * `sandbox.signups.create`: a sandbox institution with its 50 mock SMEs, and its `sk_test_`
   * admin key, shown once. Needs no credential (the client's own is not sent); one sandbox per
   * e-mail address, a few signups per minute per client address.
   */
  create(params: Body<"sandbox.signups.create">, options?: RequestOptions) {
    return this.call<SandboxSignupResult>("POST", "/sandbox/signups", { body: params, authenticated: false, options });
  }
}

/** `client.sandbox`: test keys only (`signups` needs none). */
export class Sandbox extends Resource {
  readonly signups: SandboxSignups;

  constructor(transport: Transport) {
    super(transport);
    this.signups = new SandboxSignups(transport);
  }

  /** `sandbox.triggerEvent`: store and deliver a realistic event of any type; no score changes. */
  triggerEvent(params: Body<"sandbox.triggerEvent">, options?: RequestOptions) {
    return this.call<Result<"sandbox.triggerEvent">>("POST", "/sandbox/events", { body: params, options });
  }
}

/** `client.institutions`: operators only (`apiKey` is the deployment's ADMIN_TOKEN). */
export class Institutions extends Resource {
  /** `institutions.create`: a new institution with an admin key per environment, shown once. */
  create(params: Body<"institutions.create">, options?: RequestOptions) {
    return this.call<Institution>("POST", "/admin/institutions", { body: params, options });
  }
}
