import { app } from "./app";
import { runCron } from "./cron";
import { consumeDeliveries } from "./webhooks/deliver";
import type { DeliveryMessage } from "./webhooks/message";

export { AuditLog } from "../durable-objects/audit-log";
export { SmeLedger } from "../durable-objects/sme-ledger";

export default {
  fetch: app.fetch,
  queue: consumeDeliveries,
  scheduled: async (controller, env) => void (await runCron(env, controller.scheduledTime)),
} satisfies ExportedHandler<Env, DeliveryMessage>;
