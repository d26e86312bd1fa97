import type { RequestOptions } from "../core/request.js";
import type { ApiKey, ApiKeyWithSecret, Body, ListParams, Result } from "../types.js";
import { Resource, segment } from "./resource.js";

/** `client.apiKeys` */
export class ApiKeys extends Resource {
  /** `apiKeys.create`: the answer carries the `secret`, shown once. */
  create(params: Body<"apiKeys.create">, options?: RequestOptions) {
    return this.call<ApiKeyWithSecret>("POST", "/api-keys", { body: params, options });
  }

  /** `apiKeys.list` */
  list(params?: ListParams<"apiKeys.list">, options?: RequestOptions) {
    return this.paginate<ApiKey>("/api-keys", params, options);
  }

  /** `apiKeys.roll`: a new secret; the old one works for `expiresInSeconds` more (default 24 h). */
  roll(keyId: string, params?: Body<"apiKeys.roll">, options?: RequestOptions) {
    return this.call<ApiKeyWithSecret>("POST", `/api-keys/${segment(keyId)}/roll`, { body: params, options });
  }

  /** `apiKeys.revoke` */
  revoke(keyId: string, options?: RequestOptions) {
    return this.call<Result<"apiKeys.revoke">>("DELETE", `/api-keys/${segment(keyId)}`, { options });
  }
}
