// Code generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. DO NOT EDIT.

package score360

import (
	"context"
	"net/url"
	"strconv"
)

// services is every resource of the API, embedded in Client.
type services struct {
	APIKeys          *APIKeysService
	AuditLogs        *AuditLogsService
	Events           *EventsService
	Flows            *FlowsService
	Health           *HealthService
	Institutions     *InstitutionsService
	JWKS             *JWKSService
	OAuth            *OAuthService
	OAuthClients     *OAuthClientsService
	Portfolio        *PortfolioService
	Sandbox          *SandboxService
	Scores           *ScoresService
	SMEs             *SMEsService
	WebhookEndpoints *WebhookEndpointsService
}

func newServices(c *Client) *services {
	s := &services{}
	s.APIKeys = newAPIKeysService(c)
	s.AuditLogs = newAuditLogsService(c)
	s.Events = newEventsService(c)
	s.Flows = newFlowsService(c)
	s.Health = newHealthService(c)
	s.Institutions = newInstitutionsService(c)
	s.JWKS = newJWKSService(c)
	s.OAuth = newOAuthService(c)
	s.OAuthClients = newOAuthClientsService(c)
	s.Portfolio = newPortfolioService(c)
	s.Sandbox = newSandboxService(c)
	s.Scores = newScoresService(c)
	s.SMEs = newSMEsService(c)
	s.WebhookEndpoints = newWebhookEndpointsService(c)
	return s
}

// APIKeysService groups the apiKeys.* operations.
type APIKeysService struct {
	client *Client
}

func newAPIKeysService(c *Client) *APIKeysService {
	s := &APIKeysService{client: c}
	return s
}

// APIKeyCreateParams are the parameters of apiKeys.create.
type APIKeyCreateParams struct {
	Name string  `json:"name"`
	Role string  `json:"role"`
	Team *string `json:"team,omitempty"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Create calls apiKeys.create: Create an API key (secret shown once).
func (s *APIKeysService) Create(ctx context.Context, params *APIKeyCreateParams) (*APIKeyWithSecret, error) {
	if params == nil {
		params = &APIKeyCreateParams{}
	}
	key := params.IdempotencyKey
	out := new(APIKeyWithSecret)
	if err := s.client.do(ctx, "POST", "/v1/api-keys", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// APIKeyListParams are the parameters of apiKeys.list.
type APIKeyListParams struct {
	// 1–100, default 20
	Limit *int64 `json:"-"`
	// `next_cursor` of the previous page
	Cursor *string `json:"-"`
}

func (p *APIKeyListParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.Cursor != nil {
		q.Set("cursor", *p.Cursor)
	}
	return q
}

// ListPage fetches one page of apiKeys.list: List active API keys (prefix and last 4 only).
func (s *APIKeysService) ListPage(ctx context.Context, params *APIKeyListParams) (*APIKeyList, error) {
	out := new(APIKeyList)
	if err := s.client.do(ctx, "GET", "/v1/api-keys", params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// List iterates over apiKeys.list, fetching every page in turn: List active API keys (prefix and last 4 only).
func (s *APIKeysService) List(ctx context.Context, params *APIKeyListParams) *Iter[APIKey] {
	if params == nil {
		params = &APIKeyListParams{}
	}
	next := *params
	return newIter(params.Cursor, func(cursor *string) ([]APIKey, *string, error) {
		next.Cursor = cursor
		page, err := s.ListPage(ctx, &next)
		if err != nil {
			return nil, nil, err
		}
		if !page.HasMore {
			return page.Data, nil, nil
		}
		return page.Data, page.NextCursor, nil
	})
}

// Revoke calls apiKeys.revoke: Revoke a key (effective on the next request).
func (s *APIKeysService) Revoke(ctx context.Context, id string) (*APIKeysRevokeResponse, error) {
	out := new(APIKeysRevokeResponse)
	if err := s.client.do(ctx, "DELETE", "/v1/api-keys/"+url.PathEscape(id), nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// APIKeyRollParams are the parameters of apiKeys.roll.
type APIKeyRollParams struct {
	// How long the old secret keeps working (default 24 h; 0 = now)
	ExpiresInSeconds *int64 `json:"expires_in_seconds,omitempty"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Roll calls apiKeys.roll: Roll a key: new secret, the old one valid until it expires.
func (s *APIKeysService) Roll(ctx context.Context, id string, params *APIKeyRollParams) (*APIKeyWithSecret, error) {
	if params == nil {
		params = &APIKeyRollParams{}
	}
	key := params.IdempotencyKey
	out := new(APIKeyWithSecret)
	if err := s.client.do(ctx, "POST", "/v1/api-keys/"+url.PathEscape(id)+"/roll", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// AuditLogsService groups the auditLogs.* operations.
type AuditLogsService struct {
	client *Client
}

func newAuditLogsService(c *Client) *AuditLogsService {
	s := &AuditLogsService{client: c}
	return s
}

// AuditLogListParams are the parameters of auditLogs.list.
type AuditLogListParams struct {
	// 1–100, default 20
	Limit *int64 `json:"-"`
	// `next_cursor` of the previous page
	Cursor *string `json:"-"`
	// A key id or OAuth client id
	Actor  *string `json:"-"`
	Action *string `json:"-"`
	Status *int64  `json:"-"`
	// At or after (RFC 3339 UTC)
	From *string `json:"-"`
	// Before (RFC 3339 UTC)
	To *string `json:"-"`
}

func (p *AuditLogListParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.Cursor != nil {
		q.Set("cursor", *p.Cursor)
	}
	if p.Actor != nil {
		q.Set("actor", *p.Actor)
	}
	if p.Action != nil {
		q.Set("action", *p.Action)
	}
	if p.Status != nil {
		q.Set("status", strconv.FormatInt(*p.Status, 10))
	}
	if p.From != nil {
		q.Set("from", *p.From)
	}
	if p.To != nil {
		q.Set("to", *p.To)
	}
	return q
}

// ListPage fetches one page of auditLogs.list: List audit entries, newest first.
func (s *AuditLogsService) ListPage(ctx context.Context, params *AuditLogListParams) (*AuditEntryList, error) {
	out := new(AuditEntryList)
	if err := s.client.do(ctx, "GET", "/v1/audit-logs", params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// List iterates over auditLogs.list, fetching every page in turn: List audit entries, newest first.
func (s *AuditLogsService) List(ctx context.Context, params *AuditLogListParams) *Iter[AuditEntry] {
	if params == nil {
		params = &AuditLogListParams{}
	}
	next := *params
	return newIter(params.Cursor, func(cursor *string) ([]AuditEntry, *string, error) {
		next.Cursor = cursor
		page, err := s.ListPage(ctx, &next)
		if err != nil {
			return nil, nil, err
		}
		if !page.HasMore {
			return page.Data, nil, nil
		}
		return page.Data, page.NextCursor, nil
	})
}

// Verify calls auditLogs.verify: Recompute the hash chain and name the first broken link.
func (s *AuditLogsService) Verify(ctx context.Context) (*AuditVerification, error) {
	out := new(AuditVerification)
	if err := s.client.do(ctx, "GET", "/v1/audit-logs/verify", nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// EventsService groups the events.* operations.
type EventsService struct {
	client *Client
}

func newEventsService(c *Client) *EventsService {
	s := &EventsService{client: c}
	return s
}

// EventListParams are the parameters of events.list.
type EventListParams struct {
	// 1–100, default 20
	Limit *int64 `json:"-"`
	// `next_cursor` of the previous page
	Cursor *string `json:"-"`
	Type   *string `json:"-"`
	SmeID  *string `json:"-"`
}

func (p *EventListParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.Cursor != nil {
		q.Set("cursor", *p.Cursor)
	}
	if p.Type != nil {
		q.Set("type", *p.Type)
	}
	if p.SmeID != nil {
		q.Set("sme_id", *p.SmeID)
	}
	return q
}

// ListPage fetches one page of events.list: List events, newest first.
func (s *EventsService) ListPage(ctx context.Context, params *EventListParams) (*EventList, error) {
	out := new(EventList)
	if err := s.client.do(ctx, "GET", "/v1/events", params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// List iterates over events.list, fetching every page in turn: List events, newest first.
func (s *EventsService) List(ctx context.Context, params *EventListParams) *Iter[Event] {
	if params == nil {
		params = &EventListParams{}
	}
	next := *params
	return newIter(params.Cursor, func(cursor *string) ([]Event, *string, error) {
		next.Cursor = cursor
		page, err := s.ListPage(ctx, &next)
		if err != nil {
			return nil, nil, err
		}
		if !page.HasMore {
			return page.Data, nil, nil
		}
		return page.Data, page.NextCursor, nil
	})
}

// EventRedeliverParams are the parameters of events.redeliver.
type EventRedeliverParams struct {
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Redeliver calls events.redeliver: Send an event again to every enabled endpoint subscribed to it.
func (s *EventsService) Redeliver(ctx context.Context, id string, params *EventRedeliverParams) (*Redelivery, error) {
	if params == nil {
		params = &EventRedeliverParams{}
	}
	key := params.IdempotencyKey
	out := new(Redelivery)
	if err := s.client.do(ctx, "POST", "/v1/events/"+url.PathEscape(id)+"/redeliver", nil, nil, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Retrieve calls events.retrieve: Retrieve an event.
func (s *EventsService) Retrieve(ctx context.Context, id string) (*Event, error) {
	out := new(Event)
	if err := s.client.do(ctx, "GET", "/v1/events/"+url.PathEscape(id), nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// FlowsService groups the flows.* operations.
type FlowsService struct {
	client *Client
}

func newFlowsService(c *Client) *FlowsService {
	s := &FlowsService{client: c}
	return s
}

// FlowIngestParams are the parameters of flows.ingest.
type FlowIngestParams struct {
	SmeID string `json:"sme_id"`
	// 1–1000 flows
	Flows []Flow `json:"flows"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Ingest calls flows.ingest: Send an SME's PI-SPI payment flows.
func (s *FlowsService) Ingest(ctx context.Context, params *FlowIngestParams) (*FlowIngestionResult, error) {
	if params == nil {
		params = &FlowIngestParams{}
	}
	key := params.IdempotencyKey
	out := new(FlowIngestionResult)
	if err := s.client.do(ctx, "POST", "/v1/connect/flows", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// FlowIngestCamtParams are the parameters of flows.ingestCamt.
type FlowIngestCamtParams struct {
	// The SME the payments belong to. Without it, the SME is the one whose `accounts` hold the account (camt) or alias (PI-SPI) the message names.
	SmeID *string `json:"-"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

func (p *FlowIngestCamtParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.SmeID != nil {
		q.Set("sme_id", *p.SmeID)
	}
	return q
}

// IngestCamt calls flows.ingestCamt: Send an ISO 20022 camt.053 statement or camt.054 notification.
func (s *FlowsService) IngestCamt(ctx context.Context, document []byte, params *FlowIngestCamtParams) (*FlowIngestionResult, error) {
	if params == nil {
		params = &FlowIngestCamtParams{}
	}
	key := params.IdempotencyKey
	out := new(FlowIngestionResult)
	if err := s.client.do(ctx, "POST", "/v1/connect/camt", params.query(), rawBody{content: document, contentType: "application/xml"}, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// FlowIngestPiSpiParams are the parameters of flows.ingestPiSpi.
type FlowIngestPiSpiParams struct {
	// 1–1000 events, each checked on its own
	Data []PiSpiEvent           `json:"data"`
	Meta *PiSpiNotificationMeta `json:"meta,omitempty"`
	// The SME the payments belong to. Without it, the SME is the one whose `accounts` hold the account (camt) or alias (PI-SPI) the message names.
	SmeID *string `json:"-"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

func (p *FlowIngestPiSpiParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.SmeID != nil {
		q.Set("sme_id", *p.SmeID)
	}
	return q
}

// IngestPiSpi calls flows.ingestPiSpi: Send PI-SPI payment notifications as the PI-SPI business interface emits them.
func (s *FlowsService) IngestPiSpi(ctx context.Context, params *FlowIngestPiSpiParams) (*FlowIngestionResult, error) {
	if params == nil {
		params = &FlowIngestPiSpiParams{}
	}
	key := params.IdempotencyKey
	out := new(FlowIngestionResult)
	if err := s.client.do(ctx, "POST", "/v1/connect/pi-spi/events", params.query(), params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// HealthService groups the health.* operations.
type HealthService struct {
	client *Client
}

func newHealthService(c *Client) *HealthService {
	s := &HealthService{client: c}
	return s
}

// Check calls health.check: Liveness check.
func (s *HealthService) Check(ctx context.Context) (*Health, error) {
	out := new(Health)
	if err := s.client.do(ctx, "GET", "/v1/health", nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// InstitutionsService groups the institutions.* operations.
type InstitutionsService struct {
	client *Client
}

func newInstitutionsService(c *Client) *InstitutionsService {
	s := &InstitutionsService{client: c}
	return s
}

// InstitutionCreateParams are the parameters of institutions.create.
type InstitutionCreateParams struct {
	Name string `json:"name"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Create calls institutions.create: Create an institution with its first admin keys and sandbox.
func (s *InstitutionsService) Create(ctx context.Context, params *InstitutionCreateParams) (*Institution, error) {
	if params == nil {
		params = &InstitutionCreateParams{}
	}
	key := params.IdempotencyKey
	out := new(Institution)
	if err := s.client.do(ctx, "POST", "/v1/admin/institutions", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// JWKSService groups the jwks.* operations.
type JWKSService struct {
	client *Client
}

func newJWKSService(c *Client) *JWKSService {
	s := &JWKSService{client: c}
	return s
}

// Retrieve calls jwks.retrieve: Public keys that verify access tokens.
func (s *JWKSService) Retrieve(ctx context.Context) (*JWKS, error) {
	out := new(JWKS)
	if err := s.client.do(ctx, "GET", "/.well-known/jwks.json", nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// OAuthService groups the oauth.* operations.
type OAuthService struct {
	client *Client
}

func newOAuthService(c *Client) *OAuthService {
	s := &OAuthService{client: c}
	return s
}

// OAuthTokenParams are the parameters of oauth.token.
type OAuthTokenParams struct {
	GrantType string `json:"grant_type"`
	// Space-delimited subset of the client's role scopes (default: all of them). Known scopes: smes:read, smes:write, flows:write, scores:read, scores:write, alerts:read, alerts:write, events:read, webhooks:read, webhooks:write, keys:read, keys:write, audit:read
	Scope *string `json:"scope,omitempty"`
	// With `client_secret_post` (or repeating the Basic one)
	ClientID *string `json:"client_id,omitempty"`
	// `client_secret_post` only; otherwise use HTTP Basic
	ClientSecret *string `json:"client_secret,omitempty"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Token calls oauth.token: Get an access token (client credentials grant).
func (s *OAuthService) Token(ctx context.Context, params *OAuthTokenParams) (*TokenResponse, error) {
	if params == nil {
		params = &OAuthTokenParams{}
	}
	key := params.IdempotencyKey
	out := new(TokenResponse)
	if err := s.client.do(ctx, "POST", "/v1/oauth/token", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// OAuthClientsService groups the oauthClients.* operations.
type OAuthClientsService struct {
	client *Client
}

func newOAuthClientsService(c *Client) *OAuthClientsService {
	s := &OAuthClientsService{client: c}
	return s
}

// OAuthClientCreateParams are the parameters of oauthClients.create.
type OAuthClientCreateParams struct {
	Name string  `json:"name"`
	Role string  `json:"role"`
	Team *string `json:"team,omitempty"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Create calls oauthClients.create: Create an OAuth2 client (secret shown once).
func (s *OAuthClientsService) Create(ctx context.Context, params *OAuthClientCreateParams) (*OAuthClientWithSecret, error) {
	if params == nil {
		params = &OAuthClientCreateParams{}
	}
	key := params.IdempotencyKey
	out := new(OAuthClientWithSecret)
	if err := s.client.do(ctx, "POST", "/v1/oauth/clients", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// OAuthClientListParams are the parameters of oauthClients.list.
type OAuthClientListParams struct {
	// 1–100, default 20
	Limit *int64 `json:"-"`
	// `next_cursor` of the previous page
	Cursor *string `json:"-"`
}

func (p *OAuthClientListParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.Cursor != nil {
		q.Set("cursor", *p.Cursor)
	}
	return q
}

// ListPage fetches one page of oauthClients.list: List active OAuth2 clients.
func (s *OAuthClientsService) ListPage(ctx context.Context, params *OAuthClientListParams) (*OAuthClientList, error) {
	out := new(OAuthClientList)
	if err := s.client.do(ctx, "GET", "/v1/oauth/clients", params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// List iterates over oauthClients.list, fetching every page in turn: List active OAuth2 clients.
func (s *OAuthClientsService) List(ctx context.Context, params *OAuthClientListParams) *Iter[OAuthClient] {
	if params == nil {
		params = &OAuthClientListParams{}
	}
	next := *params
	return newIter(params.Cursor, func(cursor *string) ([]OAuthClient, *string, error) {
		next.Cursor = cursor
		page, err := s.ListPage(ctx, &next)
		if err != nil {
			return nil, nil, err
		}
		if !page.HasMore {
			return page.Data, nil, nil
		}
		return page.Data, page.NextCursor, nil
	})
}

// Revoke calls oauthClients.revoke: Revoke a client: no new token, and its tokens are refused from the next request.
func (s *OAuthClientsService) Revoke(ctx context.Context, clientID string) (*OauthClientsRevokeResponse, error) {
	out := new(OauthClientsRevokeResponse)
	if err := s.client.do(ctx, "DELETE", "/v1/oauth/clients/"+url.PathEscape(clientID), nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// PortfolioService groups the portfolio.* operations.
type PortfolioService struct {
	client   *Client
	Alerts   *PortfolioAlertsService
	Settings *PortfolioSettingsService
}

func newPortfolioService(c *Client) *PortfolioService {
	s := &PortfolioService{client: c}
	s.Alerts = newPortfolioAlertsService(c)
	s.Settings = newPortfolioSettingsService(c)
	return s
}

// Summary calls portfolio.summary: SMEs by grade and sector, open alerts by severity.
func (s *PortfolioService) Summary(ctx context.Context) (*PortfolioSummary, error) {
	out := new(PortfolioSummary)
	if err := s.client.do(ctx, "GET", "/v1/portfolio/summary", nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// PortfolioAlertsService groups the portfolio.alerts.* operations.
type PortfolioAlertsService struct {
	client *Client
}

func newPortfolioAlertsService(c *Client) *PortfolioAlertsService {
	s := &PortfolioAlertsService{client: c}
	return s
}

// PortfolioAlertAcknowledgeParams are the parameters of portfolio.alerts.acknowledge.
type PortfolioAlertAcknowledgeParams struct {
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Acknowledge calls portfolio.alerts.acknowledge: Acknowledge an alert.
func (s *PortfolioAlertsService) Acknowledge(ctx context.Context, id string, params *PortfolioAlertAcknowledgeParams) (*Alert, error) {
	if params == nil {
		params = &PortfolioAlertAcknowledgeParams{}
	}
	key := params.IdempotencyKey
	out := new(Alert)
	if err := s.client.do(ctx, "POST", "/v1/portfolio/alerts/"+url.PathEscape(id)+"/acknowledge", nil, nil, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// PortfolioAlertListParams are the parameters of portfolio.alerts.list.
type PortfolioAlertListParams struct {
	// 1–100, default 20
	Limit *int64 `json:"-"`
	// `next_cursor` of the previous page
	Cursor   *string `json:"-"`
	Type     *string `json:"-"`
	Severity *string `json:"-"`
	SmeID    *string `json:"-"`
	Status   *string `json:"-"`
}

func (p *PortfolioAlertListParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.Cursor != nil {
		q.Set("cursor", *p.Cursor)
	}
	if p.Type != nil {
		q.Set("type", *p.Type)
	}
	if p.Severity != nil {
		q.Set("severity", *p.Severity)
	}
	if p.SmeID != nil {
		q.Set("sme_id", *p.SmeID)
	}
	if p.Status != nil {
		q.Set("status", *p.Status)
	}
	return q
}

// ListPage fetches one page of portfolio.alerts.list: List alerts, newest first.
func (s *PortfolioAlertsService) ListPage(ctx context.Context, params *PortfolioAlertListParams) (*AlertList, error) {
	out := new(AlertList)
	if err := s.client.do(ctx, "GET", "/v1/portfolio/alerts", params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// List iterates over portfolio.alerts.list, fetching every page in turn: List alerts, newest first.
func (s *PortfolioAlertsService) List(ctx context.Context, params *PortfolioAlertListParams) *Iter[Alert] {
	if params == nil {
		params = &PortfolioAlertListParams{}
	}
	next := *params
	return newIter(params.Cursor, func(cursor *string) ([]Alert, *string, error) {
		next.Cursor = cursor
		page, err := s.ListPage(ctx, &next)
		if err != nil {
			return nil, nil, err
		}
		if !page.HasMore {
			return page.Data, nil, nil
		}
		return page.Data, page.NextCursor, nil
	})
}

// PortfolioSettingsService groups the portfolio.settings.* operations.
type PortfolioSettingsService struct {
	client *Client
}

func newPortfolioSettingsService(c *Client) *PortfolioSettingsService {
	s := &PortfolioSettingsService{client: c}
	return s
}

// Retrieve calls portfolio.settings.retrieve: The threshold and risk-zone PD that events use.
func (s *PortfolioSettingsService) Retrieve(ctx context.Context) (*PortfolioSettings, error) {
	out := new(PortfolioSettings)
	if err := s.client.do(ctx, "GET", "/v1/portfolio/settings", nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// PortfolioSettingUpdateParams are the parameters of portfolio.settings.update.
type PortfolioSettingUpdateParams struct {
	ScoreThreshold *int64   `json:"score_threshold,omitempty"`
	RiskZonePD     *float64 `json:"risk_zone_pd,omitempty"`
}

// Update calls portfolio.settings.update: Change the threshold or risk-zone PD; the next score uses them.
func (s *PortfolioSettingsService) Update(ctx context.Context, params *PortfolioSettingUpdateParams) (*PortfolioSettings, error) {
	if params == nil {
		params = &PortfolioSettingUpdateParams{}
	}
	out := new(PortfolioSettings)
	if err := s.client.do(ctx, "PATCH", "/v1/portfolio/settings", nil, params, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// SandboxService groups the sandbox.* operations.
type SandboxService struct {
	client  *Client
	Signups *SandboxSignupsService
}

func newSandboxService(c *Client) *SandboxService {
	s := &SandboxService{client: c}
	s.Signups = newSandboxSignupsService(c)
	return s
}

// SandboxTriggerEventParams are the parameters of sandbox.triggerEvent.
type SandboxTriggerEventParams struct {
	Event string `json:"event"`
	// One of your test SMEs; a sandbox mock SME when left out
	SmeID *string `json:"sme_id,omitempty"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// TriggerEvent calls sandbox.triggerEvent: Make and deliver a synthetic event (test keys only).
func (s *SandboxService) TriggerEvent(ctx context.Context, params *SandboxTriggerEventParams) (*Event, error) {
	if params == nil {
		params = &SandboxTriggerEventParams{}
	}
	key := params.IdempotencyKey
	out := new(Event)
	if err := s.client.do(ctx, "POST", "/v1/sandbox/events", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// SandboxSignupsService groups the sandbox.signups.* operations.
type SandboxSignupsService struct {
	client *Client
}

func newSandboxSignupsService(c *Client) *SandboxSignupsService {
	s := &SandboxSignupsService{client: c}
	return s
}

// SandboxSignupCreateParams are the parameters of sandbox.signups.create.
type SandboxSignupCreateParams struct {
	Organization string `json:"organization"`
	Email        string `json:"email"`
	Country      string `json:"country"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Create calls sandbox.signups.create: Get sandbox keys, self-serve (no credentials).
func (s *SandboxSignupsService) Create(ctx context.Context, params *SandboxSignupCreateParams) (*SandboxSignupResult, error) {
	if params == nil {
		params = &SandboxSignupCreateParams{}
	}
	key := params.IdempotencyKey
	out := new(SandboxSignupResult)
	if err := s.client.do(ctx, "POST", "/v1/sandbox/signups", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// ScoresService groups the scores.* operations.
type ScoresService struct {
	client *Client
}

func newScoresService(c *Client) *ScoresService {
	s := &ScoresService{client: c}
	return s
}

// ScoreCreateParams are the parameters of scores.create.
type ScoreCreateParams struct {
	SmeID string `json:"sme_id"`
	// Scores against this sector instead of the registered one: a what-if score (`official: false`)
	Sector *string `json:"sector,omitempty"`
	// 30–365, default 90; any other than 90 makes a what-if score (`official: false`)
	WindowDays *int64 `json:"window_days,omitempty"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Create calls scores.create: Score an SME now.
func (s *ScoresService) Create(ctx context.Context, params *ScoreCreateParams) (*Score, error) {
	if params == nil {
		params = &ScoreCreateParams{}
	}
	key := params.IdempotencyKey
	out := new(Score)
	if err := s.client.do(ctx, "POST", "/v1/scores", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// ScoreRetrieveParams are the parameters of scores.retrieve.
type ScoreRetrieveParams struct {
	// 1–100, default 20
	Limit *int64 `json:"-"`
	// `next_cursor` of the previous page
	Cursor *string `json:"-"`
}

func (p *ScoreRetrieveParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.Cursor != nil {
		q.Set("cursor", *p.Cursor)
	}
	return q
}

// RetrievePage fetches one page of scores.retrieve: An SME's latest score and its history, newest first.
func (s *ScoresService) RetrievePage(ctx context.Context, smeID string, params *ScoreRetrieveParams) (*ScoreHistory, error) {
	out := new(ScoreHistory)
	if err := s.client.do(ctx, "GET", "/v1/scores/"+url.PathEscape(smeID), params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// Retrieve iterates over scores.retrieve, fetching every page in turn: An SME's latest score and its history, newest first.
func (s *ScoresService) Retrieve(ctx context.Context, smeID string, params *ScoreRetrieveParams) *Iter[Score] {
	if params == nil {
		params = &ScoreRetrieveParams{}
	}
	next := *params
	return newIter(params.Cursor, func(cursor *string) ([]Score, *string, error) {
		next.Cursor = cursor
		page, err := s.RetrievePage(ctx, smeID, &next)
		if err != nil {
			return nil, nil, err
		}
		if !page.HasMore {
			return page.Data, nil, nil
		}
		return page.Data, page.NextCursor, nil
	})
}

// SMEsService groups the smes.* operations.
type SMEsService struct {
	client *Client
}

func newSMEsService(c *Client) *SMEsService {
	s := &SMEsService{client: c}
	return s
}

// SMEBulkCreateParams are the parameters of smes.bulkCreate.
type SMEBulkCreateParams struct {
	// 1–1000 SMEs, each as in CreateSme but without `accounts` (an item with accounts is rejected: give them with POST /v1/smes or PATCH /v1/smes/{sme_id})
	Smes []CreateSme `json:"smes"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// BulkCreate calls smes.bulkCreate: Register up to 1,000 SMEs in one call.
func (s *SMEsService) BulkCreate(ctx context.Context, params *SMEBulkCreateParams) (*BulkCreateSmesResult, error) {
	if params == nil {
		params = &SMEBulkCreateParams{}
	}
	key := params.IdempotencyKey
	out := new(BulkCreateSmesResult)
	if err := s.client.do(ctx, "POST", "/v1/smes/bulk", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// SMECashflowParams are the parameters of smes.cashflow.
type SMECashflowParams struct {
	// Calendar months, or ISO weeks (Monday to Sunday), UTC
	Interval *string `json:"-"`
	// How many periods, ending with the current one: 1–36, default 12
	Periods *int64 `json:"-"`
}

func (p *SMECashflowParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Interval != nil {
		q.Set("interval", *p.Interval)
	}
	if p.Periods != nil {
		q.Set("periods", strconv.FormatInt(*p.Periods, 10))
	}
	return q
}

// Cashflow calls smes.cashflow: An SME's monthly or weekly inflows and outflows.
func (s *SMEsService) Cashflow(ctx context.Context, smeID string, params *SMECashflowParams) (*Cashflow, error) {
	out := new(Cashflow)
	if err := s.client.do(ctx, "GET", "/v1/smes/"+url.PathEscape(smeID)+"/cashflow", params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// SMECreateParams are the parameters of smes.create.
type SMECreateParams struct {
	SmeID   string  `json:"sme_id"`
	Name    *string `json:"name,omitempty"`
	Sector  string  `json:"sector"`
	Country string  `json:"country"`
	// Registry (RCCM) and tax identifiers
	Identifiers *CreateSmeIdentifiers `json:"identifiers,omitempty"`
	// Up to 20 string pairs of your own
	Metadata map[string]string `json:"metadata,omitempty"`
	// Up to 20 payment identifiers of the SME, each unique in your institution and environment: the connectors find the SME from them. Replaced as a whole on update.
	Accounts []SmeAccount `json:"accounts,omitempty"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Create calls smes.create: Register an SME.
func (s *SMEsService) Create(ctx context.Context, params *SMECreateParams) (*Sme, error) {
	if params == nil {
		params = &SMECreateParams{}
	}
	key := params.IdempotencyKey
	out := new(Sme)
	if err := s.client.do(ctx, "POST", "/v1/smes", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Delete calls smes.delete: Erase an SME (right to erasure).
func (s *SMEsService) Delete(ctx context.Context, smeID string) (*Erasure, error) {
	out := new(Erasure)
	if err := s.client.do(ctx, "DELETE", "/v1/smes/"+url.PathEscape(smeID), nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// SMEListParams are the parameters of smes.list.
type SMEListParams struct {
	// 1–100, default 20
	Limit *int64 `json:"-"`
	// `next_cursor` of the previous page
	Cursor  *string `json:"-"`
	Sector  *string `json:"-"`
	Country *string `json:"-"`
}

func (p *SMEListParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.Cursor != nil {
		q.Set("cursor", *p.Cursor)
	}
	if p.Sector != nil {
		q.Set("sector", *p.Sector)
	}
	if p.Country != nil {
		q.Set("country", *p.Country)
	}
	return q
}

// ListPage fetches one page of smes.list: List SMEs, newest first.
func (s *SMEsService) ListPage(ctx context.Context, params *SMEListParams) (*SmeList, error) {
	out := new(SmeList)
	if err := s.client.do(ctx, "GET", "/v1/smes", params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// List iterates over smes.list, fetching every page in turn: List SMEs, newest first.
func (s *SMEsService) List(ctx context.Context, params *SMEListParams) *Iter[Sme] {
	if params == nil {
		params = &SMEListParams{}
	}
	next := *params
	return newIter(params.Cursor, func(cursor *string) ([]Sme, *string, error) {
		next.Cursor = cursor
		page, err := s.ListPage(ctx, &next)
		if err != nil {
			return nil, nil, err
		}
		if !page.HasMore {
			return page.Data, nil, nil
		}
		return page.Data, page.NextCursor, nil
	})
}

// Retrieve calls smes.retrieve: Retrieve an SME.
func (s *SMEsService) Retrieve(ctx context.Context, smeID string) (*Sme, error) {
	out := new(Sme)
	if err := s.client.do(ctx, "GET", "/v1/smes/"+url.PathEscape(smeID), nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// SMEUpdateParams are the parameters of smes.update.
type SMEUpdateParams struct {
	Name   *string `json:"name,omitempty"`
	Sector *string `json:"sector,omitempty"`
	// Registry (RCCM) and tax identifiers
	Identifiers *UpdateSmeIdentifiers `json:"identifiers,omitempty"`
	// Up to 20 string pairs of your own
	Metadata map[string]string `json:"metadata,omitempty"`
	// Up to 20 payment identifiers of the SME, each unique in your institution and environment: the connectors find the SME from them. Replaced as a whole on update.
	Accounts []SmeAccount `json:"accounts,omitempty"`
}

// Update calls smes.update: Update an SME.
func (s *SMEsService) Update(ctx context.Context, smeID string, params *SMEUpdateParams) (*Sme, error) {
	if params == nil {
		params = &SMEUpdateParams{}
	}
	out := new(Sme)
	if err := s.client.do(ctx, "PATCH", "/v1/smes/"+url.PathEscape(smeID), nil, params, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// WebhookEndpointsService groups the webhookEndpoints.* operations.
type WebhookEndpointsService struct {
	client     *Client
	Deliveries *WebhookEndpointsDeliveriesService
}

func newWebhookEndpointsService(c *Client) *WebhookEndpointsService {
	s := &WebhookEndpointsService{client: c}
	s.Deliveries = newWebhookEndpointsDeliveriesService(c)
	return s
}

// WebhookEndpointCreateParams are the parameters of webhookEndpoints.create.
type WebhookEndpointCreateParams struct {
	// Live: https to a public host. Test: http://localhost and 127.0.0.1 allowed too.
	URL string `json:"url"`
	// Event types to receive, or ["*"] for all
	Events      []string `json:"events"`
	Description *string  `json:"description,omitempty"`
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// Create calls webhookEndpoints.create: Create a webhook endpoint (its secret is shown once).
func (s *WebhookEndpointsService) Create(ctx context.Context, params *WebhookEndpointCreateParams) (*WebhookEndpointWithSecret, error) {
	if params == nil {
		params = &WebhookEndpointCreateParams{}
	}
	key := params.IdempotencyKey
	out := new(WebhookEndpointWithSecret)
	if err := s.client.do(ctx, "POST", "/v1/webhook-endpoints", nil, params, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Delete calls webhookEndpoints.delete: Delete a webhook endpoint and its delivery log.
func (s *WebhookEndpointsService) Delete(ctx context.Context, id string) (*WebhookEndpointsDeleteResponse, error) {
	out := new(WebhookEndpointsDeleteResponse)
	if err := s.client.do(ctx, "DELETE", "/v1/webhook-endpoints/"+url.PathEscape(id), nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// WebhookEndpointListParams are the parameters of webhookEndpoints.list.
type WebhookEndpointListParams struct {
	// 1–100, default 20
	Limit *int64 `json:"-"`
	// `next_cursor` of the previous page
	Cursor *string `json:"-"`
}

func (p *WebhookEndpointListParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.Cursor != nil {
		q.Set("cursor", *p.Cursor)
	}
	return q
}

// ListPage fetches one page of webhookEndpoints.list: List webhook endpoints, newest first.
func (s *WebhookEndpointsService) ListPage(ctx context.Context, params *WebhookEndpointListParams) (*WebhookEndpointList, error) {
	out := new(WebhookEndpointList)
	if err := s.client.do(ctx, "GET", "/v1/webhook-endpoints", params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// List iterates over webhookEndpoints.list, fetching every page in turn: List webhook endpoints, newest first.
func (s *WebhookEndpointsService) List(ctx context.Context, params *WebhookEndpointListParams) *Iter[WebhookEndpoint] {
	if params == nil {
		params = &WebhookEndpointListParams{}
	}
	next := *params
	return newIter(params.Cursor, func(cursor *string) ([]WebhookEndpoint, *string, error) {
		next.Cursor = cursor
		page, err := s.ListPage(ctx, &next)
		if err != nil {
			return nil, nil, err
		}
		if !page.HasMore {
			return page.Data, nil, nil
		}
		return page.Data, page.NextCursor, nil
	})
}

// Retrieve calls webhookEndpoints.retrieve: Retrieve a webhook endpoint.
func (s *WebhookEndpointsService) Retrieve(ctx context.Context, id string) (*WebhookEndpoint, error) {
	out := new(WebhookEndpoint)
	if err := s.client.do(ctx, "GET", "/v1/webhook-endpoints/"+url.PathEscape(id), nil, nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// WebhookEndpointRotateSecretParams are the parameters of webhookEndpoints.rotateSecret.
type WebhookEndpointRotateSecretParams struct {
	// IdempotencyKey replaces the key the client makes up for this call.
	IdempotencyKey string `json:"-"`
}

// RotateSecret calls webhookEndpoints.rotateSecret: Rotate the signing secret: old and new both sign for 24 h.
func (s *WebhookEndpointsService) RotateSecret(ctx context.Context, id string, params *WebhookEndpointRotateSecretParams) (*RotatedWebhookEndpoint, error) {
	if params == nil {
		params = &WebhookEndpointRotateSecretParams{}
	}
	key := params.IdempotencyKey
	out := new(RotatedWebhookEndpoint)
	if err := s.client.do(ctx, "POST", "/v1/webhook-endpoints/"+url.PathEscape(id)+"/rotate-secret", nil, nil, key, out); err != nil {
		return nil, err
	}
	return out, nil
}

// WebhookEndpointUpdateParams are the parameters of webhookEndpoints.update.
type WebhookEndpointUpdateParams struct {
	// Live: https to a public host. Test: http://localhost and 127.0.0.1 allowed too.
	URL *string `json:"url,omitempty"`
	// Event types to receive, or ["*"] for all
	Events      []string `json:"events,omitempty"`
	Description *string  `json:"description,omitempty"`
	// `enabled` turns a disabled endpoint back on
	Status *string `json:"status,omitempty"`
}

// Update calls webhookEndpoints.update: Update a webhook endpoint, or enable it again.
func (s *WebhookEndpointsService) Update(ctx context.Context, id string, params *WebhookEndpointUpdateParams) (*WebhookEndpoint, error) {
	if params == nil {
		params = &WebhookEndpointUpdateParams{}
	}
	out := new(WebhookEndpoint)
	if err := s.client.do(ctx, "PATCH", "/v1/webhook-endpoints/"+url.PathEscape(id), nil, params, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// WebhookEndpointsDeliveriesService groups the webhookEndpoints.deliveries.* operations.
type WebhookEndpointsDeliveriesService struct {
	client *Client
}

func newWebhookEndpointsDeliveriesService(c *Client) *WebhookEndpointsDeliveriesService {
	s := &WebhookEndpointsDeliveriesService{client: c}
	return s
}

// WebhookEndpointDeliveryListParams are the parameters of webhookEndpoints.deliveries.list.
type WebhookEndpointDeliveryListParams struct {
	// 1–100, default 20
	Limit *int64 `json:"-"`
	// `next_cursor` of the previous page
	Cursor *string `json:"-"`
}

func (p *WebhookEndpointDeliveryListParams) query() url.Values {
	q := url.Values{}
	if p == nil {
		return q
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.Cursor != nil {
		q.Set("cursor", *p.Cursor)
	}
	return q
}

// ListPage fetches one page of webhookEndpoints.deliveries.list: The endpoint's delivery log: every attempt, newest first.
func (s *WebhookEndpointsDeliveriesService) ListPage(ctx context.Context, id string, params *WebhookEndpointDeliveryListParams) (*WebhookDeliveryList, error) {
	out := new(WebhookDeliveryList)
	if err := s.client.do(ctx, "GET", "/v1/webhook-endpoints/"+url.PathEscape(id)+"/deliveries", params.query(), nil, "", out); err != nil {
		return nil, err
	}
	return out, nil
}

// List iterates over webhookEndpoints.deliveries.list, fetching every page in turn: The endpoint's delivery log: every attempt, newest first.
func (s *WebhookEndpointsDeliveriesService) List(ctx context.Context, id string, params *WebhookEndpointDeliveryListParams) *Iter[WebhookDelivery] {
	if params == nil {
		params = &WebhookEndpointDeliveryListParams{}
	}
	next := *params
	return newIter(params.Cursor, func(cursor *string) ([]WebhookDelivery, *string, error) {
		next.Cursor = cursor
		page, err := s.ListPage(ctx, id, &next)
		if err != nil {
			return nil, nil, err
		}
		if !page.HasMore {
			return page.Data, nil, nil
		}
		return page.Data, page.NextCursor, nil
	})
}
