import type { RequestOptions } from "../core/request.js";
import type { AuditEntry, AuditVerification, ListParams } from "../types.js";
import { Resource } from "./resource.js";

/** `client.auditLogs`: the institution's hash-chained log of every request. */
export class AuditLogs extends Resource {
  /** `auditLogs.list`: newest first, filtered by `actor`, `action`, `status`, `from`, `to`. */
  list(params?: ListParams<"auditLogs.list">, options?: RequestOptions) {
    return this.paginate<AuditEntry>("/audit-logs", params, options);
  }

  /** `auditLogs.verify`: recompute the chain; keep `head` to detect a later rewrite. */
  verify(options?: RequestOptions) {
    return this.call<AuditVerification>("GET", "/audit-logs/verify", { options });
  }
}
