import type { Camelize } from "./core/casing.js";
import type { components, operations } from "./generated/openapi.js";

/**
 * The SDK's types: the generated wire types (src/generated/openapi.ts) in camelCase, named
 * after the API's schemas and operationIds.
 */
type Schemas = components["schemas"];
type Operation = keyof operations;

type JsonOf<T> = T extends { content: { "application/json": infer J } } ? J : never;
type SuccessOf<O> = O extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201>]> : never;

/** What an operation answers on success, camelCased: `Result<"scores.create">` is a `Score`. */
export type Result<K extends Operation> = Camelize<SuccessOf<operations[K]>>;
/** An operation's JSON body, camelCased. */
export type Body<K extends Operation> = Camelize<JsonOf<NonNullable<operations[K]["requestBody"]>>>;
/** An operation's query parameters, camelCased. */
export type Query<K extends Operation> = Camelize<NonNullable<operations[K]["parameters"]["query"]>>;
/** One item of a list operation's answer. */
export type Item<K extends Operation> = Result<K> extends { data: (infer T)[] } ? T : never;
/** List filters and page size; `cursor` (a previous page's `nextCursor`) starts further on. */
export type ListParams<K extends Operation> = Omit<Query<K>, "cursor"> & { cursor?: string | null };

export type Sme = Camelize<Schemas["Sme"]>;
export type Score = Camelize<Schemas["Score"]>;
export type ScoreHistory = Camelize<Schemas["ScoreHistory"]>;
export type Flow = Camelize<Schemas["Flow"]>;
export type FlowIngestionResult = Camelize<Schemas["FlowIngestionResult"]>;
export type PiSpiNotification = Camelize<Schemas["PiSpiNotification"]>;
export type BulkCreateSmesResult = Camelize<Schemas["BulkCreateSmesResult"]>;
export type Cashflow = Camelize<Schemas["Cashflow"]>;
export type SandboxSignupResult = Camelize<Schemas["SandboxSignupResult"]>;
export type Erasure = Camelize<Schemas["Erasure"]>;
export type Alert = Camelize<Schemas["Alert"]>;
export type PortfolioSummary = Camelize<Schemas["PortfolioSummary"]>;
export type PortfolioSettings = Camelize<Schemas["PortfolioSettings"]>;
export type Event = Camelize<Schemas["Event"]>;
export type EventType = Event["event"];
/** A webhook delivery's body: the event without `object`. */
export type WebhookEvent = Omit<Event, "object">;
export type Redelivery = Camelize<Schemas["Redelivery"]>;
export type WebhookEndpoint = Camelize<Schemas["WebhookEndpoint"]>;
export type WebhookEndpointWithSecret = Camelize<Schemas["WebhookEndpointWithSecret"]>;
export type WebhookDelivery = Camelize<Schemas["WebhookDelivery"]>;
export type ApiKey = Camelize<Schemas["ApiKey"]>;
export type ApiKeyWithSecret = Camelize<Schemas["ApiKeyWithSecret"]>;
export type OAuthClient = Camelize<Schemas["OAuthClient"]>;
export type OAuthClientWithSecret = Camelize<Schemas["OAuthClientWithSecret"]>;
export type TokenResponse = Camelize<Schemas["TokenResponse"]>;
export type AuditEntry = Camelize<Schemas["AuditEntry"]>;
export type AuditVerification = Camelize<Schemas["AuditVerification"]>;
export type Institution = Camelize<Schemas["Institution"]>;
export type Jwks = Camelize<Schemas["Jwks"]>;
export type Health = Camelize<Schemas["Health"]>;
