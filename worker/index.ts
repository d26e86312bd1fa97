import { app } from "./app";

export { AuditLog } from "../durable-objects/audit-log";
export { SmeLedger } from "../durable-objects/sme-ledger";

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
