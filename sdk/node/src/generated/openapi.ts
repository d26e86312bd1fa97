// GENERATED FILE: do not edit. Made from the OpenAPI document the Worker serves at
// /v1/openapi.json by `npm run generate -w @score360/sdk`; a test fails when it drifts.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify access tokens */
        get: operations["jwks.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an institution with its first admin keys and sandbox */
        post: operations["institutions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active API keys (prefix and last 4 only) */
        get: operations["apiKeys.list"];
        put?: never;
        /** Create an API key (secret shown once) */
        post: operations["apiKeys.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key (effective on the next request) */
        delete: operations["apiKeys.revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Roll a key: new secret, the old one valid until it expires */
        post: operations["apiKeys.roll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit entries, newest first */
        get: operations["auditLogs.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-logs/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain and name the first broken link */
        get: operations["auditLogs.verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connect/camt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an ISO 20022 camt.053 statement or camt.054 notification
         * @description The document as the core banking system produced it (versions 001.02 to 001.08, detected from the namespace). Each booked XOF transaction becomes a flow; other entries come back in `rejected` with a code and their path. The same document sent twice counts once. See docs/connectors.md for the mapping.
         */
        post: operations["flows.ingestCamt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connect/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an SME's PI-SPI payment flows
         * @description Each flow is checked on its own: bad ones come back in `rejected` with their index and a code, good ones are kept. A flow id already received for this SME counts once, as a duplicate. Raw flows stay in the SME's ledger; no route returns them.
         */
        post: operations["flows.ingest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connect/pi-spi/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send PI-SPI payment notifications as the PI-SPI business interface emits them
         * @description The notification body (`{data: [events], meta}`) as received. Irrevocable payments and returns become flows; other events come back in `rejected` with their path (`data[i]`). See docs/connectors.md for the mapping.
         */
        post: operations["flows.ingestPiSpi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events, newest first
         * @description Events are kept 30 days, then deleted: retrieving or redelivering an older one answers 404.
         */
        get: operations["events.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an event */
        get: operations["events.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event again to every enabled endpoint subscribed to it
         * @description A fresh series of attempts with the same `webhook-id` (the event id), so a receiver that already has it can tell.
         */
        post: operations["events.redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
        get: operations["health.check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oauth/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active OAuth2 clients */
        get: operations["oauthClients.list"];
        put?: never;
        /** Create an OAuth2 client (secret shown once) */
        post: operations["oauthClients.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oauth/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a client: no new token, and its tokens are refused from the next request */
        delete: operations["oauthClients.revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token (client credentials grant)
         * @description Authenticate with HTTP Basic (`client_secret_basic`) or `client_id` + `client_secret` in the body (`client_secret_post`), not both. Rate-limited per source address.
         */
        post: operations["oauth.token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portfolio/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List alerts, newest first
         * @description An alert stays open until acknowledged, or until the same SME raises a newer alert of the same type, which supersedes it (`superseded_by`): an SME has at most one open alert per type. An acknowledged or superseded alert is deleted 90 days after it closed.
         */
        get: operations["portfolio.alerts.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portfolio/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an alert
         * @description An alert already acknowledged or superseded is returned as it is: acknowledging twice keeps the first time.
         */
        post: operations["portfolio.alerts.acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portfolio/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The threshold and risk-zone PD that events use */
        get: operations["portfolio.settings.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the threshold or risk-zone PD; the next score uses them */
        patch: operations["portfolio.settings.update"];
        trace?: never;
    };
    "/v1/portfolio/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SMEs by grade and sector, open alerts by severity */
        get: operations["portfolio.summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make and deliver a synthetic event (test keys only)
         * @description Stores a realistic event of the given type (and its alert, if the type raises one) and delivers it to your subscribed test endpoints, signed as any other. It changes no score.
         */
        post: operations["sandbox.triggerEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get sandbox keys, self-serve (no credentials)
         * @description Creates a sandbox-only institution with its 50 mock SMEs and returns its `sk_test_` admin key, once. One sandbox per e-mail address (compared lower-cased, without a `+tag`); a few signups per minute per client address. Never creates live keys: production access is granted by the operator.
         */
        post: operations["sandbox.signups.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score an SME now
         * @description Reads the SME's daily aggregates for the window (never its raw flows), applies the model and stores the score. Its cost does not grow with the number of flows.
         */
        post: operations["scores.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scores/{sme_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An SME's latest score and its history, newest first */
        get: operations["scores.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/smes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SMEs, newest first */
        get: operations["smes.list"];
        put?: never;
        /** Register an SME */
        post: operations["smes.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/smes/{sme_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an SME */
        get: operations["smes.retrieve"];
        put?: never;
        post?: never;
        /**
         * Erase an SME (right to erasure)
         * @description Removes the SME, its flows (its ledger's storage), scores and alerts everywhere. Safe to repeat if interrupted; afterwards the sme_id can be registered again.
         */
        delete: operations["smes.delete"];
        options?: never;
        head?: never;
        /** Update an SME */
        patch: operations["smes.update"];
        trace?: never;
    };
    "/v1/smes/{sme_id}/cashflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An SME's monthly or weekly inflows and outflows
         * @description Totals in XOF and counts per period, from the SME's daily buckets (never its raw flows). Periods are UTC.
         */
        get: operations["smes.cashflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/smes/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register up to 1,000 SMEs in one call
         * @description For onboarding a book. Each item is checked on its own: bad ones come back in `rejected` with their index and a code, good ones are registered. An sme_id already registered with the same attributes counts as a duplicate (so a retried call is harmless); with other attributes it is rejected as `sme_already_exists`. Nothing already registered is changed.
         */
        post: operations["smes.bulkCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints, newest first */
        get: operations["webhookEndpoints.list"];
        put?: never;
        /**
         * Create a webhook endpoint (its secret is shown once)
         * @description At most 20 endpoints per institution and environment, enabled or disabled: each event is POSTed to at most that many.
         */
        post: operations["webhookEndpoints.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a webhook endpoint */
        get: operations["webhookEndpoints.retrieve"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["webhookEndpoints.delete"];
        options?: never;
        head?: never;
        /** Update a webhook endpoint, or enable it again */
        patch: operations["webhookEndpoints.update"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The endpoint's delivery log: every attempt, newest first
         * @description Attempts are kept 30 days.
         */
        get: operations["webhookEndpoints.deliveries.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the signing secret: old and new both sign for 24 h */
        post: operations["webhookEndpoints.rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Alert: {
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            acknowledged_at: string | null;
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            created_at: string;
            /**
             * @description The event's id and facts (from, to, reason, …)
             * @example {
             *       "event_id": "evt_4Hq…",
             *       "from": {
             *         "score": 648,
             *         "grade": "B",
             *         "pd": 0.028
             *       },
             *       "to": {
             *         "score": 571,
             *         "grade": "C",
             *         "pd": 0.047
             *       },
             *       "reason": "inflow_trend"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /** @example alr_2bX… */
            id: string;
            /** @enum {string} */
            object: "alert";
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            sme_id: string;
            /** @enum {string} */
            status: "open" | "acknowledged" | "superseded";
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            superseded_at: string | null;
            /**
             * @description The newer alert of the same type and SME that closed this one
             * @example null
             */
            superseded_by: string | null;
            /** @enum {string} */
            type: "score.downgraded" | "score.upgraded" | "score.threshold_crossed" | "anomaly.detected" | "sme.risk_zone_entered" | "sme.erased";
        };
        AlertList: {
            data: components["schemas"]["Alert"][];
            has_more: boolean;
            next_cursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        ApiKey: {
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            expires_at: string | null;
            id: string;
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            last_used_at: string | null;
            last4: string;
            name: string;
            /** @enum {string} */
            object: "api_key";
            /** @example sk_live_4fQa */
            prefix: string;
            /** @enum {string} */
            role: "admin" | "integrator" | "risk_analyst" | "auditor" | "viewer";
            team: string | null;
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            has_more: boolean;
            next_cursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /** @description Shown once, at creation or roll */
            secret: string;
        };
        AuditEntry: {
            /** @example POST /v1/scores */
            action: string;
            /** @description The key id or OAuth client id (never a secret) */
            actor: string;
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            at: string;
            /** @description SHA-256 hex of prev_hash + "\n" + the canonical entry */
            hash: string;
            id: string;
            ip: string | null;
            /** @enum {string} */
            object: "audit_entry";
            /** @description The previous entry's hash (64 zeros for the first) */
            prev_hash: string;
            request_id: string;
            /** @description The path of the object addressed, when the route addresses one */
            resource: string | null;
            /** @description Position in the chain, from 1, without gaps */
            seq: number;
            status: number;
            user_agent: string | null;
        };
        AuditEntryList: {
            data: components["schemas"]["AuditEntry"][];
            has_more: boolean;
            next_cursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        AuditVerification: {
            /** @description Entries checked (up to and including the first broken one) */
            entries: number;
            first_broken: {
                id: string;
                /** @enum {string} */
                reason: "sequence_gap" | "broken_link" | "hash_mismatch";
                seq: number;
            } | null;
            /** @description The last entry's hash when the chain is valid: keep it to detect a later rewrite */
            head: {
                hash: string;
                seq: number;
            } | null;
            /** @enum {string} */
            object: "audit_verification";
            valid: boolean;
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            verified_at: string;
        };
        BulkCreateSmes: {
            /** @description 1–1000 SMEs, each as in CreateSme but without `accounts` (an item with accounts is rejected: give them with POST /v1/smes or PATCH /v1/smes/{sme_id}) */
            smes: components["schemas"]["CreateSme"][];
        };
        BulkCreateSmesResult: {
            created: number;
            /** @description Items identical to an SME already registered (by an earlier call, or earlier in this one) */
            duplicates: number;
            /** @enum {string} */
            object: "sme_bulk_registration";
            received: number;
            rejected: {
                /** @enum {string} */
                code: "validation_failed" | "sme_already_exists";
                index: number;
                message: string;
                param?: string;
                sme_id: string | null;
            }[];
        };
        Cashflow: {
            /** @enum {string} */
            currency: "XOF";
            /** @description Every period, oldest first; zeros where the SME had no flow */
            data: {
                /** @description false for the current period, still running */
                complete: boolean;
                in_count: number;
                /** @description Total incoming, XOF */
                inflow: number;
                net: number;
                out_count: number;
                /** @description Total outgoing, XOF */
                outflow: number;
                /**
                 * Format: date
                 * @example 2026-06-01
                 */
                period_end: string;
                /**
                 * Format: date
                 * @example 2026-06-01
                 */
                period_start: string;
            }[];
            /** @enum {string} */
            interval: "month" | "week";
            /** @enum {string} */
            object: "cashflow";
            sme_id: string;
        };
        CreateApiKey: {
            /** @example Core banking integration */
            name: string;
            /** @enum {string} */
            role: "admin" | "integrator" | "risk_analyst" | "auditor" | "viewer";
            team?: string;
        };
        CreateInstitution: {
            /** @example Banque Atlantique Sénégal */
            name: string;
        };
        CreateOAuthClient: {
            /** @example Core banking gateway */
            name: string;
            /** @enum {string} */
            role: "admin" | "integrator" | "risk_analyst" | "auditor" | "viewer";
            team?: string;
        };
        CreateSme: {
            /**
             * @description Up to 20 payment identifiers of the SME, each unique in your institution and environment: the connectors find the SME from them. Replaced as a whole on update.
             * @example [
             *       {
             *         "scheme": "iban",
             *         "id": "SN08SN0100152000048500003035"
             *       },
             *       {
             *         "scheme": "pi_spi_alias",
             *         "id": "7f3c1e52-9a0b-4d55-b1c2-6c0a2f9e8d41"
             *       }
             *     ]
             */
            accounts?: components["schemas"]["SmeAccount"][];
            /** @enum {string} */
            country: "BJ" | "BF" | "CI" | "GW" | "ML" | "NE" | "SN" | "TG";
            /** @description Registry (RCCM) and tax identifiers */
            identifiers?: {
                /** @example SN-DKR-2019-B-12345 */
                rccm?: string;
                /** @example 0012345 2G3 */
                tax_id?: string;
            };
            /**
             * @description Up to 20 string pairs of your own
             * @example {
             *       "branch": "Dakar-Plateau"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /** @example Boulangerie Ndiaye */
            name?: string;
            /** @enum {string} */
            sector: "commerce" | "agriculture" | "manufacturing" | "construction" | "transport" | "hospitality" | "services" | "health" | "education" | "technology";
            /** @example SME_8421 */
            sme_id: string;
        };
        CreateWebhookEndpoint: {
            description?: string;
            /**
             * @description Event types to receive, or ["*"] for all
             * @example [
             *       "score.downgraded",
             *       "sme.risk_zone_entered"
             *     ]
             */
            events: (("score.downgraded" | "score.upgraded" | "score.threshold_crossed" | "anomaly.detected" | "sme.risk_zone_entered" | "sme.erased") | "*")[];
            /**
             * @description Live: https to a public host. Test: http://localhost and 127.0.0.1 allowed too.
             * @example https://hooks.example-bank.sn/score360
             */
            url: string;
        };
        Erasure: {
            erased: {
                alerts: number;
                flows: number;
                scores: number;
            };
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            erased_at: string;
            /** @enum {string} */
            object: "erasure";
            sme_id: string;
        };
        Error: {
            error: {
                /** @enum {string} */
                code: "invalid_json" | "invalid_xml" | "xml_doctype_forbidden" | "xml_too_deep" | "validation_failed" | "resource_not_found" | "sme_not_found" | "account_not_found" | "method_not_allowed" | "sme_already_exists" | "endpoint_limit_reached" | "account_already_registered" | "signup_already_exists" | "payload_too_large" | "too_many_entries" | "unsupported_media_type" | "insufficient_data" | "unsupported_document" | "account_sme_mismatch" | "idempotency_key_reused" | "missing_credentials" | "invalid_api_key" | "expired_api_key" | "invalid_token" | "insufficient_scope" | "live_mode_forbidden" | "sandbox_fixture_read_only" | "idempotency_in_progress" | "rate_limited" | "internal_error";
                message: string;
                param?: string;
                /** @example req_3kT9… */
                request_id: string;
                /** @example invalid_request_error */
                type: string;
            };
        };
        Event: {
            /** @description anomaly.detected only */
            anomalies?: number;
            /** @enum {string} */
            environment: "test" | "live";
            /** @enum {string} */
            event: "score.downgraded" | "score.upgraded" | "score.threshold_crossed" | "anomaly.detected" | "sme.risk_zone_entered" | "sme.erased";
            from: components["schemas"]["ScoreRef"];
            /** @example evt_4Hq… */
            id: string;
            /** @enum {string} */
            object: "event";
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            occurred_at: string;
            /**
             * @description Why it fired; see the event catalogue in docs/webhooks.md
             * @example inflow_trend
             */
            reason: string;
            sme_id: string;
            /** @description score.threshold_crossed only */
            threshold?: number;
            to: components["schemas"]["ScoreRef"] & unknown;
        };
        EventList: {
            data: components["schemas"]["Event"][];
            has_more: boolean;
            next_cursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        Flow: {
            /**
             * @description XOF, no minor unit
             * @example 150000
             */
            amount: number;
            /**
             * @default pi_spi
             * @enum {string}
             */
            channel?: "pi_spi" | "mobile_money" | "card" | "bank_transfer" | "cash";
            /**
             * @description Opaque payer/payee id
             * @example cp_7781
             */
            counterparty?: string;
            /** @enum {string} */
            direction: "in" | "out";
            /**
             * @description End-to-end id (ISO 20022 EndToEndId), unique per SME
             * @example E2E-20260601-000123
             */
            id: string;
            /**
             * Format: date-time
             * @description RFC 3339; not in the future (5 min skew) nor older than 400 days
             */
            occurred_at: string;
        };
        FlowIngestion: {
            /** @description 1–1000 flows */
            flows: components["schemas"]["Flow"][];
            /** @example SME_8421 */
            sme_id: string;
        };
        FlowIngestionResult: {
            accepted: number;
            duplicates: number;
            /** @enum {string} */
            object: "flow_ingestion";
            received: number;
            rejected: {
                /** @enum {string} */
                code: "invalid_flow" | "invalid_id" | "invalid_occurred_at" | "occurred_at_in_future" | "occurred_at_too_old" | "invalid_amount" | "invalid_direction" | "invalid_counterparty" | "invalid_channel" | "entry_not_booked" | "unsupported_currency" | "missing_reference" | "missing_date" | "not_irrevocable" | "not_a_payment";
                /** @description The item's position: in `flows`, or among a connector message's entries, transactions and events */
                index: number;
                message: string;
                /**
                 * @description Connectors only: where the item is in what you sent
                 * @example /Document/BkToCstmrStmt/Stmt[1]/Ntry[4]
                 */
                path?: string;
            }[];
            sme_id: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            time: string;
        };
        Institution: {
            api_keys: {
                live: {
                    id: string;
                    /** @enum {string} */
                    role: "admin";
                    /** @description Shown once; only its hash is stored */
                    secret: string;
                };
                test: {
                    id: string;
                    /** @enum {string} */
                    role: "admin";
                    /** @description Shown once; only its hash is stored */
                    secret: string;
                };
            };
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            created_at: string;
            /** @example ins_8Kq2… */
            id: string;
            name: string;
            /** @enum {string} */
            object: "institution";
            sandbox: {
                mock_smes: number;
            };
        };
        Jwks: {
            keys: {
                /** @enum {string} */
                alg: "RS256";
                e: string;
                kid: string;
                /** @enum {string} */
                kty: "RSA";
                n: string;
                /** @enum {string} */
                use: "sig";
            }[];
        };
        OAuthClient: {
            /** @example cli_8Zk2… */
            client_id: string;
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            created_at: string;
            /**
             * @description The environment of the key that created it; its tokens act there
             * @enum {string}
             */
            environment: "test" | "live";
            /**
             * Format: date-time
             * @description When it last got a token
             * @example 2026-06-06T09:12:44Z
             */
            last_used_at: string | null;
            name: string;
            /** @enum {string} */
            object: "oauth_client";
            /** @enum {string} */
            role: "admin" | "integrator" | "risk_analyst" | "auditor" | "viewer";
            team: string | null;
        };
        OAuthClientList: {
            data: components["schemas"]["OAuthClient"][];
            has_more: boolean;
            next_cursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        OAuthClientWithSecret: components["schemas"]["OAuthClient"] & {
            /** @description Shown once, at creation */
            client_secret: string;
        };
        OAuthError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "invalid_scope" | "rate_limited";
            error_description: string;
        };
        PiSpiEvent: {
            /**
             * @description The business client's (the SME's) alias
             * @example 7f3c1e52-9a0b-4d55-b1c2-6c0a2f9e8d41
             */
            alias?: string;
            dateIrrevocabilite?: string;
            /** @example ESNB00120261201153554KXvozkpNvhUk */
            end2endId?: string;
            /**
             * @description One of PAIEMENT_RECU, PAIEMENT_ENVOYE, PAIEMENT_REJETE, RTP_RECU, RTP_REJETE, ANNULATION_DEMANDE, ANNULATION_REJETE, RETOUR_ENVOYE, RETOUR_REJETE, RETOUR_RECU
             * @example PAIEMENT_RECU
             */
            evCode: string;
            /** @example 2026-12-01T15:35:54.550Z */
            evDate?: string;
            /** @example 45000 */
            montant?: number;
            payeAlias?: string;
            payeCompte?: string;
            payeurAlias?: string;
            payeurCompte?: string;
            retourDateIrrevocabilite?: string;
            /** @enum {string} */
            retourStatut?: "INITIE" | "ENVOYE" | "IRREVOCABLE" | "REJETE";
            /** @enum {string} */
            statut?: "INITIE" | "ENVOYE" | "IRREVOCABLE" | "REJETE";
        } & {
            [key: string]: unknown;
        };
        PiSpiNotification: {
            /** @description 1–1000 events, each checked on its own */
            data: components["schemas"]["PiSpiEvent"][];
            meta?: {
                total: number;
            };
        } & {
            [key: string]: unknown;
        };
        PortfolioSettings: {
            /** @enum {string} */
            object: "portfolio_settings";
            /** @description sme.risk_zone_entered fires at grade D or E, or a PD above this (default 0.1) */
            risk_zone_pd: number;
            /** @description score.threshold_crossed fires when a score crosses it (default 550) */
            score_threshold: number;
        };
        PortfolioSummary: {
            /** @description By latest grade; `unscored` when never scored */
            by_grade: {
                A: number;
                B: number;
                C: number;
                D: number;
                E: number;
                unscored: number;
            };
            by_sector: {
                agriculture: number;
                commerce: number;
                construction: number;
                education: number;
                health: number;
                hospitality: number;
                manufacturing: number;
                services: number;
                technology: number;
                transport: number;
            };
            /** @enum {string} */
            object: "portfolio_summary";
            /** @description Open alerts by severity */
            open_alerts: {
                high: number;
                low: number;
                medium: number;
            };
            smes: number;
        };
        Redelivery: {
            /** @description Enabled endpoints subscribed to the event, each sent it again */
            endpoints: number;
            event_id: string;
            /** @enum {string} */
            object: "redelivery";
        };
        RollApiKey: {
            /**
             * @description How long the old secret keeps working (default 24 h; 0 = now)
             * @default 86400
             */
            expires_in_seconds?: number;
        };
        RotatedWebhookEndpoint: components["schemas"]["WebhookEndpointWithSecret"] & {
            /**
             * Format: date-time
             * @description Until then deliveries carry both signatures
             * @example 2026-06-06T09:12:44Z
             */
            previous_secret_expires_at: string | null;
        };
        SandboxEvent: {
            /** @enum {string} */
            event: "score.downgraded" | "score.upgraded" | "score.threshold_crossed" | "anomaly.detected" | "sme.risk_zone_entered" | "sme.erased";
            /**
             * @description One of your test SMEs; a sandbox mock SME when left out
             * @example SME_8421
             */
            sme_id?: string;
        };
        SandboxSignup: {
            /** @enum {string} */
            country: "BJ" | "BF" | "CI" | "GW" | "ML" | "NE" | "SN" | "TG";
            /** @example ama.diallo@bank.sn */
            email: string;
            /** @example Banque Atlantique Sénégal */
            organization: string;
        };
        SandboxSignupResult: {
            api_key: {
                id: string;
                /** @enum {string} */
                role: "admin";
                /**
                 * @description Shown once; a sandbox (test) key, never a live one
                 * @example sk_test_…
                 */
                secret: string;
            };
            /** Format: date-time */
            created_at: string;
            /** @example ins_7Qh… */
            institution_id: string;
            /** @enum {string} */
            object: "sandbox_signup";
            organization: string;
            sandbox: {
                mock_smes: number;
            };
        };
        Score: {
            /**
             * @description Relative to the SME's sector
             * @enum {string}
             */
            grade: "A" | "B" | "C" | "D" | "E";
            /** @example scr_9fK2… */
            id: string;
            /**
             * @description The model artifact that made this score (name and version)
             * @example federated-v4
             */
            model: string;
            /** @enum {string} */
            object: "score";
            /** @description True for the SME's registered sector over the default 90-day window: the score that becomes its latest, sets its trend and raises events and alerts. False for a what-if (another sector or window): returned and kept in the history, nothing more. */
            official: boolean;
            /**
             * @description 12-month probability of default
             * @example 0.0027
             */
            pd: number;
            /** @description Up to 4 factors that lowered the score most, largest first */
            reasons: {
                code: string;
                description: string;
                factor: string;
                impact: number;
            }[];
            /** @example 782 */
            score: number;
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            scored_at: string;
            signals: {
                anomalies: number;
                cashflow_regularity: number;
                /** @enum {string} */
                sector_benchmark: "above" | "at" | "below";
            };
            sme_id: string;
            /**
             * @description Against the previous score (±15 points)
             * @enum {string}
             */
            trend: "up" | "stable" | "down";
            window_days: number;
        };
        ScoreHistory: {
            data: components["schemas"]["Score"][];
            has_more: boolean;
            latest: components["schemas"]["Score"] & (Record<string, never> | null);
            next_cursor: string | null;
            /** @enum {string} */
            object: "score_history";
            sme_id: string;
        };
        /**
         * @description The previous score; null for a first score and for sme.erased
         * @example {
         *       "score": 571,
         *       "grade": "C",
         *       "pd": 0.047
         *     }
         */
        ScoreRef: {
            /** @enum {string} */
            grade: "A" | "B" | "C" | "D" | "E";
            pd: number;
            score: number;
        } | null;
        ScoreRequest: {
            /**
             * @description Scores against this sector instead of the registered one: a what-if score (`official: false`)
             * @enum {string}
             */
            sector?: "commerce" | "agriculture" | "manufacturing" | "construction" | "transport" | "hospitality" | "services" | "health" | "education" | "technology";
            /** @example SME_8421 */
            sme_id: string;
            /**
             * @description 30–365, default 90; any other than 90 makes a what-if score (`official: false`)
             * @default 90
             */
            window_days?: number;
        };
        Sme: {
            accounts: {
                id: string;
                /** @enum {string} */
                scheme: "iban" | "account" | "pi_spi_alias";
            }[];
            /** @enum {string} */
            country: "BJ" | "BF" | "CI" | "GW" | "ML" | "NE" | "SN" | "TG";
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            created_at: string;
            flows: {
                count: number;
                /**
                 * Format: date-time
                 * @example 2026-06-06T09:12:44Z
                 */
                first_at: string | null;
                /**
                 * Format: date-time
                 * @example 2026-06-06T09:12:44Z
                 */
                last_at: string | null;
            };
            identifiers: {
                [key: string]: string;
            };
            latest_score: {
                /** @enum {string} */
                grade: "A" | "B" | "C" | "D" | "E";
                score: number;
                /**
                 * Format: date-time
                 * @example 2026-06-06T09:12:44Z
                 */
                scored_at: string;
            } | null;
            metadata: {
                [key: string]: string;
            };
            name: string | null;
            /** @enum {string} */
            object: "sme";
            /** @enum {string} */
            sector: "commerce" | "agriculture" | "manufacturing" | "construction" | "transport" | "hospitality" | "services" | "health" | "education" | "technology";
            sme_id: string;
        };
        SmeAccount: {
            /** @example SN08SN0100152000048500003035 */
            id: string;
            /**
             * @description `iban` (checked, ISO 13616), `account` (another account id), `pi_spi_alias`
             * @enum {string}
             */
            scheme: "iban" | "account" | "pi_spi_alias";
        };
        SmeList: {
            data: components["schemas"]["Sme"][];
            has_more: boolean;
            next_cursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        TokenRequest: {
            /** @description With `client_secret_post` (or repeating the Basic one) */
            client_id?: string;
            /** @description `client_secret_post` only; otherwise use HTTP Basic */
            client_secret?: string;
            /** @enum {string} */
            grant_type: "client_credentials";
            /** @description Space-delimited subset of the client's role scopes (default: all of them). Known scopes: smes:read, smes:write, flows:write, scores:read, scores:write, alerts:read, alerts:write, events:read, webhooks:read, webhooks:write, keys:read, keys:write, audit:read */
            scope?: string;
        };
        TokenResponse: {
            /** @description RS256 JWT (RFC 9068, `typ: at+jwt`) */
            access_token: string;
            /** @example 900 */
            expires_in: number;
            scope: string;
            /** @enum {string} */
            token_type: "Bearer";
        };
        UpdatePortfolioSettings: {
            risk_zone_pd?: number;
            score_threshold?: number;
        };
        UpdateSme: {
            /**
             * @description Up to 20 payment identifiers of the SME, each unique in your institution and environment: the connectors find the SME from them. Replaced as a whole on update.
             * @example [
             *       {
             *         "scheme": "iban",
             *         "id": "SN08SN0100152000048500003035"
             *       },
             *       {
             *         "scheme": "pi_spi_alias",
             *         "id": "7f3c1e52-9a0b-4d55-b1c2-6c0a2f9e8d41"
             *       }
             *     ]
             */
            accounts?: components["schemas"]["SmeAccount"][];
            /** @description Registry (RCCM) and tax identifiers */
            identifiers?: {
                /** @example SN-DKR-2019-B-12345 */
                rccm?: string;
                /** @example 0012345 2G3 */
                tax_id?: string;
            };
            /**
             * @description Up to 20 string pairs of your own
             * @example {
             *       "branch": "Dakar-Plateau"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            name?: string;
            /** @enum {string} */
            sector?: "commerce" | "agriculture" | "manufacturing" | "construction" | "transport" | "hospitality" | "services" | "health" | "education" | "technology";
        };
        UpdateWebhookEndpoint: {
            description?: string | null;
            /**
             * @description Event types to receive, or ["*"] for all
             * @example [
             *       "score.downgraded",
             *       "sme.risk_zone_entered"
             *     ]
             */
            events?: (("score.downgraded" | "score.upgraded" | "score.threshold_crossed" | "anomaly.detected" | "sme.risk_zone_entered" | "sme.erased") | "*")[];
            /**
             * @description `enabled` turns a disabled endpoint back on
             * @enum {string}
             */
            status?: "enabled" | "disabled";
            /**
             * @description Live: https to a public host. Test: http://localhost and 127.0.0.1 allowed too.
             * @example https://hooks.example-bank.sn/score360
             */
            url?: string;
        };
        WebhookDelivery: {
            /** @description 1 for the first attempt of a sending */
            attempt: number;
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            attempted_at: string;
            endpoint_id: string;
            error: string | null;
            event_id: string;
            latency_ms: number | null;
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            next_attempt_at: string | null;
            /** @enum {string} */
            object: "webhook_delivery";
            /** @enum {string} */
            outcome: "in_flight" | "succeeded" | "retrying" | "failed";
            /** @description Part of a sending asked for with POST /v1/events/{id}/redeliver */
            redelivery: boolean;
            status_code: number | null;
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            has_more: boolean;
            next_cursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        WebhookEndpoint: {
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            created_at: string;
            description: string | null;
            /**
             * @description `gone`: the receiver answered 410; `failing`: 5 days without a success; `manual`: by PATCH
             * @enum {string|null}
             */
            disabled_reason: "gone" | "failing" | "manual" | null;
            events: string[];
            /** @example we_7Zr… */
            id: string;
            /** @enum {string} */
            object: "webhook_endpoint";
            /** @enum {string} */
            status: "enabled" | "disabled";
            /**
             * Format: date-time
             * @example 2026-06-06T09:12:44Z
             */
            updated_at: string;
            url: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            has_more: boolean;
            next_cursor: string | null;
            /** @enum {string} */
            object: "list";
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /**
             * @description Shown only now: `whsec_` and base64 of 32 bytes
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "jwks.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JWK Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
        };
    };
    "institutions.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstitution"];
            };
        };
        responses: {
            /** @description The institution and its keys (shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "apiKeys.list": {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description 1–100, default 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "apiKeys.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description The key and its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "apiKeys.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        object: "api_key";
                        /** @enum {boolean} */
                        revoked: true;
                    };
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "apiKeys.roll": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RollApiKey"];
            };
        };
        responses: {
            /** @description The replacement key */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auditLogs.list": {
        parameters: {
            query?: {
                action?: string;
                /** @description A key id or OAuth client id */
                actor?: string;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description At or after (RFC 3339 UTC) */
                from?: string;
                /** @description 1–100, default 20 */
                limit?: number;
                status?: number;
                /** @description Before (RFC 3339 UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryList"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auditLogs.verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "flows.ingestCamt": {
        parameters: {
            query?: {
                /** @description The SME the payments belong to. Without it, the SME is the one whose `accounts` hold the account (camt) or alias (PI-SPI) the message names. */
                sme_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/xml": string;
            };
        };
        responses: {
            /** @description What was kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowIngestionResult"];
                };
            };
            /** @description `invalid_xml`, `xml_doctype_forbidden` (any DOCTYPE), `xml_too_deep`, `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, or `sandbox_fixture_read_only` for a sandbox mock SME */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found`, `account_not_found` (no SME holds the account or alias the message names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` (over 16 MiB), `too_many_entries` (over 50,000 entries and transactions) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type`: send `application/xml` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_document` (not camt.053/054 001.02–001.08), `account_sme_mismatch` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "flows.ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowIngestion"];
            };
        };
        responses: {
            /** @description What was kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowIngestionResult"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, or `sandbox_fixture_read_only` for a sandbox mock SME */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` (over 4 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "flows.ingestPiSpi": {
        parameters: {
            query?: {
                /** @description The SME the payments belong to. Without it, the SME is the one whose `accounts` hold the account (camt) or alias (PI-SPI) the message names. */
                sme_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PiSpiNotification"];
            };
        };
        responses: {
            /** @description What was kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowIngestionResult"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, or `sandbox_fixture_read_only` for a sandbox mock SME */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found`, `account_not_found` (no SME holds the account or alias the message names) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` (over 4 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `account_sme_mismatch` (the message's accounts belong to another SME, or to several) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "events.list": {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description 1–100, default 20 */
                limit?: number;
                sme_id?: string;
                type?: "score.downgraded" | "score.upgraded" | "score.threshold_crossed" | "anomaly.detected" | "sme.risk_zone_entered" | "sme.erased";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "events.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "events.redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redelivery"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "health.check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    "oauthClients.list": {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description 1–100, default 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthClientList"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "oauthClients.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOAuthClient"];
            };
        };
        responses: {
            /** @description The client and its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthClientWithSecret"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "oauthClients.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client_id: string;
                        /** @enum {string} */
                        object: "oauth_client";
                        /** @enum {boolean} */
                        revoked: true;
                    };
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "oauth.token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The access token (`Cache-Control: no-store`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description `invalid_request`, `unsupported_grant_type`, `invalid_scope` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description `invalid_client` (with `WWW-Authenticate` when HTTP Basic was used) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    "portfolio.alerts.list": {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description 1–100, default 20 */
                limit?: number;
                severity?: "low" | "medium" | "high";
                sme_id?: string;
                status?: "open" | "acknowledged" | "superseded";
                type?: "score.downgraded" | "score.upgraded" | "score.threshold_crossed" | "anomaly.detected" | "sme.risk_zone_entered" | "sme.erased";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of alerts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertList"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "portfolio.alerts.acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acknowledged alert */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "portfolio.settings.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioSettings"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "portfolio.settings.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePortfolioSettings"];
            };
        };
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioSettings"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "portfolio.summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioSummary"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "sandbox.triggerEvent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxEvent"];
            };
        };
        responses: {
            /** @description The event */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope`, or `live_mode_forbidden` for a live key */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "sandbox.signups.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxSignup"];
            };
        };
        responses: {
            /** @description The sandbox and its key (shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxSignupResult"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `signup_already_exists`: this e-mail address already has a sandbox */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large`: the body is over 4 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`: too many signups from this client address; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "scores.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreRequest"];
            };
        };
        responses: {
            /** @description The score */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Score"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_data`: the message says what is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "scores.retrieve": {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description 1–100, default 20 */
                limit?: number;
            };
            header?: never;
            path: {
                sme_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Latest score and a page of history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreHistory"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "smes.list": {
        parameters: {
            query?: {
                country?: "BJ" | "BF" | "CI" | "GW" | "ML" | "NE" | "SN" | "TG";
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description 1–100, default 20 */
                limit?: number;
                sector?: "commerce" | "agriculture" | "manufacturing" | "construction" | "transport" | "hospitality" | "services" | "health" | "education" | "technology";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of SMEs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmeList"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "smes.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSme"];
            };
        };
        responses: {
            /** @description The SME */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sme"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_already_exists`, `account_already_registered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "smes.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sme_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SME */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sme"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "smes.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sme_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was erased */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erasure"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "smes.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sme_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSme"];
            };
        };
        responses: {
            /** @description The updated SME */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sme"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `account_already_registered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "smes.cashflow": {
        parameters: {
            query?: {
                /** @description Calendar months, or ISO weeks (Monday to Sunday), UTC */
                interval?: "month" | "week";
                /** @description How many periods, ending with the current one: 1–36, default 12 */
                periods?: number;
            };
            header?: never;
            path: {
                sme_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The periods, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cashflow"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `sme_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "smes.bulkCreate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCreateSmes"];
            };
        };
        responses: {
            /** @description What was registered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkCreateSmesResult"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `payload_too_large` (over 4 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhookEndpoints.list": {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description 1–100, default 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhookEndpoints.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description The endpoint and its signing secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `endpoint_limit_reached`: the environment already has 20 endpoints */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhookEndpoints.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhookEndpoints.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        deleted: true;
                        id: string;
                        /** @enum {string} */
                        object: "webhook_endpoint";
                    };
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhookEndpoints.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description The updated endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhookEndpoints.deliveries.list": {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description 1–100, default 20 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhookEndpoints.rotateSecret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its new secret (shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookEndpoint"];
                };
            };
            /** @description Malformed request (`invalid_json`, `validation_failed`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `insufficient_scope` for this key's role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
