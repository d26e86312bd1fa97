import { app } from "./app";

export { SmeLedger } from "../durable-objects/sme-ledger";

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
