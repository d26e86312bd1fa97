export * from "./columns";
export * from "./institutions";
export * from "./api-keys";
export * from "./smes";
export * from "./idempotency-keys";
export * from "./scores";
