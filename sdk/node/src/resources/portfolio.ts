import type { RequestOptions, Transport } from "../core/request.js";
import type { Alert, Body, ListParams, PortfolioSettings, PortfolioSummary } from "../types.js";
import { Resource, segment } from "./resource.js";

/** `client.portfolio.alerts` */
export class Alerts extends Resource {
  /** `portfolio.alerts.list`: newest first, filtered by `type`, `severity`, `smeId`, `status`. */
  list(params?: ListParams<"portfolio.alerts.list">, options?: RequestOptions) {
    return this.paginate<Alert>("/portfolio/alerts", params, options);
  }

  /** `portfolio.alerts.acknowledge`: a second call keeps the first time. */
  acknowledge(alertId: string, options?: RequestOptions) {
    return this.call<Alert>("POST", `/portfolio/alerts/${segment(alertId)}/acknowledge`, { options });
  }
}

/** `client.portfolio.settings`: what threshold and risk-zone events compare with. */
export class Settings extends Resource {
  /** `portfolio.settings.retrieve` */
  retrieve(options?: RequestOptions) {
    return this.call<PortfolioSettings>("GET", "/portfolio/settings", { options });
  }

  /** `portfolio.settings.update` */
  update(params: Body<"portfolio.settings.update">, options?: RequestOptions) {
    return this.call<PortfolioSettings>("PATCH", "/portfolio/settings", { body: params, options });
  }
}

/** `client.portfolio` */
export class Portfolio extends Resource {
  readonly alerts: Alerts;
  readonly settings: Settings;

  constructor(transport: Transport) {
    super(transport);
    this.alerts = new Alerts(transport);
    this.settings = new Settings(transport);
  }

  /** `portfolio.summary`: SMEs by latest grade and sector, open alerts by severity. */
  summary(options?: RequestOptions) {
    return this.call<PortfolioSummary>("GET", "/portfolio/summary", { options });
  }
}
