import { app } from "./app";
import type { DeliveryMessage } from "./data/deliveries";
import { consumeDeliveries } from "./queue";
import { runCron } from "./scheduled";

export { AuditLog } from "../durable-objects/audit-log";
export { SmeLedger } from "../durable-objects/sme-ledger";

export default {
  fetch: app.fetch,
  queue: consumeDeliveries,
  scheduled: async (controller, env) => void (await runCron(env, controller.scheduledTime)),
} satisfies ExportedHandler<Env, DeliveryMessage>;
