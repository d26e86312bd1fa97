import type { TestProject } from "vitest/node";
import { startReceiver } from "../e2e/receiver";

declare module "vitest" {
  export interface ProvidedContext {
    receiverUrl: string;
  }
}

/** One real HTTP receiver in Node for the whole workers project; tests reach it over the loopback. */
export default async function setup(project: TestProject) {
  const receiver = await startReceiver();
  project.provide("receiverUrl", receiver.url);
  return () => receiver.close();
}
