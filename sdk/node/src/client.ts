import { readEnv } from "./core/env.js";
import { apiKeyCredentials, type OAuthConfig, TokenCache } from "./core/oauth.js";
import { type Credentials, Transport } from "./core/request.js";
import { ApiKeys } from "./resources/api-keys.js";
import { AuditLogs } from "./resources/audit-logs.js";
import { Events } from "./resources/events.js";
import { Flows } from "./resources/flows.js";
import { OAuth, OAuthClients } from "./resources/oauth.js";
import { HealthCheck, Institutions, JwksResource, Sandbox } from "./resources/platform.js";
import { Portfolio } from "./resources/portfolio.js";
import { Scores } from "./resources/scores.js";
import { Smes } from "./resources/smes.js";
import { WebhookEndpoints } from "./resources/webhook-endpoints.js";
import { Webhooks } from "./webhooks.js";

export const DEFAULT_BASE_URL = "https://api.score360.africa/v1";

export interface ClientOptions {
  /** `sk_test_…` or `sk_live_…`. */
  apiKey?: string;
  /** OAuth2 client credentials instead of an API key: tokens are fetched, cached and renewed. */
  oauth?: OAuthConfig;
  /** With the version (`http://localhost:8787/v1`); else `SCORE360_BASE_URL`, else production. */
  baseUrl?: string;
  /** Per attempt; default 60 000. */
  timeoutMs?: number;
  /** Retries after the first attempt; default 2. */
  maxRetries?: number;
  /** Any WHATWG fetch (undici, a Worker's, a test's); default the global one. */
  fetch?: typeof fetch;
}

/** The SCORE360 client: one resource object per API resource, methods named after the operationIds. */
export class Score360 {
  readonly smes: Smes;
  readonly scores: Scores;
  readonly flows: Flows;
  readonly portfolio: Portfolio;
  readonly webhookEndpoints: WebhookEndpoints;
  readonly events: Events;
  readonly apiKeys: ApiKeys;
  readonly oauthClients: OAuthClients;
  readonly oauth: OAuth;
  readonly auditLogs: AuditLogs;
  readonly sandbox: Sandbox;
  readonly health: HealthCheck;
  readonly jwks: JwksResource;
  readonly institutions: Institutions;
  readonly webhooks = new Webhooks();
  readonly baseUrl: string;

  constructor(options: ClientOptions = {}) {
    if (options.apiKey !== undefined && options.oauth !== undefined) {
      throw new TypeError("Pass either apiKey or oauth, not both.");
    }
    this.baseUrl = options.baseUrl ?? readEnv("SCORE360_BASE_URL") ?? DEFAULT_BASE_URL;
    const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const config = { baseUrl: this.baseUrl, timeoutMs: options.timeoutMs ?? 60_000, maxRetries: options.maxRetries ?? 2, fetch: fetchFn };
    // The token endpoint is called without credentials of its own, through the same retries.
    this.oauth = new OAuth(new Transport(config));
    let credentials: Credentials;
    if (options.oauth) {
      const oauth = options.oauth;
      credentials = new TokenCache(() => this.oauth.token(oauth));
    } else if (options.apiKey) {
      credentials = apiKeyCredentials(options.apiKey);
    } else {
      throw new TypeError("Missing credentials: pass apiKey (e.g. process.env.SCORE360_KEY) or oauth: { clientId, clientSecret }.");
    }
    const transport = new Transport({ ...config, credentials });
    this.smes = new Smes(transport);
    this.scores = new Scores(transport);
    this.flows = new Flows(transport);
    this.portfolio = new Portfolio(transport);
    this.webhookEndpoints = new WebhookEndpoints(transport);
    this.events = new Events(transport);
    this.apiKeys = new ApiKeys(transport);
    this.oauthClients = new OAuthClients(transport);
    this.auditLogs = new AuditLogs(transport);
    this.sandbox = new Sandbox(transport);
    this.health = new HealthCheck(transport);
    this.jwks = new JwksResource(transport);
    this.institutions = new Institutions(transport);
  }
}
