import { app } from "./app";
import type { DeliveryMessage } from "./data/deliveries";
import { purgeIdempotencyKeys } from "./data/retention";
import { consumeDeliveries } from "./queue";
import { sweepOutbox } from "./scheduled";

export { AuditLog } from "../durable-objects/audit-log";
export { SmeLedger } from "../durable-objects/sme-ledger";

export default {
  fetch: app.fetch,
  queue: consumeDeliveries,
  scheduled: async (controller, env) => {
    await sweepOutbox(env, controller.scheduledTime);
    await purgeIdempotencyKeys(env, controller.scheduledTime);
  },
} satisfies ExportedHandler<Env, DeliveryMessage>;
