import type { z } from "@hono/zod-openapi";
import type { CashflowSchema } from "../../worker/contracts/cashflow";
import type { EventSchema } from "../../worker/contracts/events";
import type { AlertSchema, PortfolioSettings, PortfolioSummary } from "../../worker/contracts/portfolio";
import type { ScoreHistory, ScoreSchema } from "../../worker/contracts/scores";
import type { SandboxSignupSchema } from "../../worker/contracts/signups";
import type { SmeSchema } from "../../worker/contracts/smes";
import type { DeliverySchema, EndpointSchema, EndpointWithSecret } from "../../worker/contracts/webhooks";

/** The API's shapes, from the same zod schemas that validate and document it (types only: nothing is bundled). */
export type Sme = z.infer<typeof SmeSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type ScoreHistoryPage = z.infer<typeof ScoreHistory>;
export type Cashflow = z.infer<typeof CashflowSchema>;
export type Alert = z.infer<typeof AlertSchema>;
export type Summary = z.infer<typeof PortfolioSummary>;
export type Settings = z.infer<typeof PortfolioSettings>;
export type ApiEvent = z.infer<typeof EventSchema>;
export type Endpoint = z.infer<typeof EndpointSchema>;
export type NewEndpoint = z.infer<typeof EndpointWithSecret>;
export type Delivery = z.infer<typeof DeliverySchema>;
export type Signup = z.infer<typeof SandboxSignupSchema>;
