// Code generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. DO NOT EDIT.

package score360

type Alert struct {
	Object   string `json:"object"`
	ID       string `json:"id"`
	Type     string `json:"type"`
	Severity string `json:"severity"`
	SmeID    string `json:"sme_id"`
	// The event's id and facts (from, to, reason, …)
	Details        map[string]any `json:"details"`
	Status         string         `json:"status"`
	CreatedAt      string         `json:"created_at"`
	AcknowledgedAt *string        `json:"acknowledged_at"`
	// The newer alert of the same type and SME that closed this one
	SupersededBy *string `json:"superseded_by"`
	SupersededAt *string `json:"superseded_at"`
}

type AlertList struct {
	Object     string  `json:"object"`
	Data       []Alert `json:"data"`
	HasMore    bool    `json:"has_more"`
	NextCursor *string `json:"next_cursor"`
}

type APIKey struct {
	Object     string  `json:"object"`
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Role       string  `json:"role"`
	Team       *string `json:"team"`
	Prefix     string  `json:"prefix"`
	Last4      string  `json:"last4"`
	CreatedAt  string  `json:"created_at"`
	ExpiresAt  *string `json:"expires_at"`
	LastUsedAt *string `json:"last_used_at"`
}

type APIKeyList struct {
	Object     string   `json:"object"`
	Data       []APIKey `json:"data"`
	HasMore    bool     `json:"has_more"`
	NextCursor *string  `json:"next_cursor"`
}

type APIKeysRevokeResponse struct {
	Object  string `json:"object"`
	ID      string `json:"id"`
	Revoked bool   `json:"revoked"`
}

type APIKeyWithSecret struct {
	Object     string  `json:"object"`
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Role       string  `json:"role"`
	Team       *string `json:"team"`
	Prefix     string  `json:"prefix"`
	Last4      string  `json:"last4"`
	CreatedAt  string  `json:"created_at"`
	ExpiresAt  *string `json:"expires_at"`
	LastUsedAt *string `json:"last_used_at"`
	// Shown once, at creation or roll
	Secret string `json:"secret"`
}

type AuditEntry struct {
	Object string `json:"object"`
	ID     string `json:"id"`
	// Position in the chain, from 1, without gaps
	Seq int64  `json:"seq"`
	At  string `json:"at"`
	// The key id or OAuth client id (never a secret)
	Actor  string `json:"actor"`
	Action string `json:"action"`
	// The path of the object addressed, when the route addresses one
	Resource  *string `json:"resource"`
	Status    int64   `json:"status"`
	RequestID string  `json:"request_id"`
	IP        *string `json:"ip"`
	UserAgent *string `json:"user_agent"`
	// The previous entry's hash (64 zeros for the first)
	PrevHash string `json:"prev_hash"`
	// SHA-256 hex of prev_hash + "\n" + the canonical entry
	Hash string `json:"hash"`
}

type AuditEntryList struct {
	Object     string       `json:"object"`
	Data       []AuditEntry `json:"data"`
	HasMore    bool         `json:"has_more"`
	NextCursor *string      `json:"next_cursor"`
}

type AuditVerification struct {
	Object string `json:"object"`
	Valid  bool   `json:"valid"`
	// Entries checked (up to and including the first broken one)
	Entries int64 `json:"entries"`
	// The last entry's hash when the chain is valid: keep it to detect a later rewrite
	Head        *AuditVerificationHead        `json:"head"`
	FirstBroken *AuditVerificationFirstBroken `json:"first_broken"`
	VerifiedAt  string                        `json:"verified_at"`
}

type AuditVerificationFirstBroken struct {
	Seq    int64  `json:"seq"`
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// The last entry's hash when the chain is valid: keep it to detect a later rewrite
type AuditVerificationHead struct {
	Seq  int64  `json:"seq"`
	Hash string `json:"hash"`
}

type BulkCreateSmes struct {
	// 1–1000 SMEs, each as in CreateSme but without `accounts` (an item with accounts is rejected: give them with POST /v1/smes or PATCH /v1/smes/{sme_id})
	Smes []CreateSme `json:"smes"`
}

type BulkCreateSmesResult struct {
	Object   string `json:"object"`
	Received int64  `json:"received"`
	Created  int64  `json:"created"`
	// Items identical to an SME already registered (by an earlier call, or earlier in this one)
	Duplicates int64                          `json:"duplicates"`
	Rejected   []BulkCreateSmesResultRejected `json:"rejected"`
}

type BulkCreateSmesResultRejected struct {
	Index   int64   `json:"index"`
	SmeID   *string `json:"sme_id"`
	Code    string  `json:"code"`
	Param   *string `json:"param,omitempty"`
	Message string  `json:"message"`
}

type Cashflow struct {
	Object   string `json:"object"`
	SmeID    string `json:"sme_id"`
	Interval string `json:"interval"`
	Currency string `json:"currency"`
	// Every period, oldest first; zeros where the SME had no flow
	Data []CashflowData `json:"data"`
}

type CashflowData struct {
	PeriodStart string `json:"period_start"`
	PeriodEnd   string `json:"period_end"`
	// Total incoming, XOF
	Inflow int64 `json:"inflow"`
	// Total outgoing, XOF
	Outflow  int64 `json:"outflow"`
	Net      int64 `json:"net"`
	InCount  int64 `json:"in_count"`
	OutCount int64 `json:"out_count"`
	// false for the current period, still running
	Complete bool `json:"complete"`
}

type CreateAPIKey struct {
	Name string  `json:"name"`
	Role string  `json:"role"`
	Team *string `json:"team,omitempty"`
}

type CreateInstitution struct {
	Name string `json:"name"`
}

type CreateOAuthClient struct {
	Name string  `json:"name"`
	Role string  `json:"role"`
	Team *string `json:"team,omitempty"`
}

type CreateSme struct {
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
}

// Registry (RCCM) and tax identifiers
type CreateSmeIdentifiers struct {
	Rccm  *string `json:"rccm,omitempty"`
	TaxID *string `json:"tax_id,omitempty"`
}

type CreateWebhookEndpoint struct {
	// Live: https to a public host. Test: http://localhost and 127.0.0.1 allowed too.
	URL string `json:"url"`
	// Event types to receive, or ["*"] for all
	Events      []string `json:"events"`
	Description *string  `json:"description,omitempty"`
}

type Erasure struct {
	Object   string        `json:"object"`
	SmeID    string        `json:"sme_id"`
	ErasedAt string        `json:"erased_at"`
	Erased   ErasureErased `json:"erased"`
}

type ErasureErased struct {
	Flows  int64 `json:"flows"`
	Scores int64 `json:"scores"`
	Alerts int64 `json:"alerts"`
}

type Event struct {
	Object      string    `json:"object"`
	ID          string    `json:"id"`
	Event       string    `json:"event"`
	Environment string    `json:"environment"`
	SmeID       string    `json:"sme_id"`
	From        *ScoreRef `json:"from"`
	To          *ScoreRef `json:"to"`
	// Why it fired; see the event catalogue in docs/webhooks.md
	Reason string `json:"reason"`
	// score.threshold_crossed only
	Threshold *int64 `json:"threshold,omitempty"`
	// anomaly.detected only
	Anomalies  *int64 `json:"anomalies,omitempty"`
	OccurredAt string `json:"occurred_at"`
}

type EventList struct {
	Object     string  `json:"object"`
	Data       []Event `json:"data"`
	HasMore    bool    `json:"has_more"`
	NextCursor *string `json:"next_cursor"`
}

type Flow struct {
	// End-to-end id (ISO 20022 EndToEndId), unique per SME
	ID string `json:"id"`
	// RFC 3339; not in the future (5 min skew) nor older than 400 days
	OccurredAt string `json:"occurred_at"`
	// XOF, no minor unit
	Amount    int64  `json:"amount"`
	Direction string `json:"direction"`
	// Opaque payer/payee id
	Counterparty *string `json:"counterparty,omitempty"`
	Channel      *string `json:"channel,omitempty"`
}

type FlowIngestion struct {
	SmeID string `json:"sme_id"`
	// 1–1000 flows
	Flows []Flow `json:"flows"`
}

type FlowIngestionResult struct {
	Object     string                        `json:"object"`
	SmeID      string                        `json:"sme_id"`
	Received   int64                         `json:"received"`
	Accepted   int64                         `json:"accepted"`
	Duplicates int64                         `json:"duplicates"`
	Rejected   []FlowIngestionResultRejected `json:"rejected"`
}

type FlowIngestionResultRejected struct {
	// The item's position: in `flows`, or among a connector message's entries, transactions and events
	Index int64 `json:"index"`
	// Connectors only: where the item is in what you sent
	Path    *string `json:"path,omitempty"`
	Code    string  `json:"code"`
	Message string  `json:"message"`
}

type Health struct {
	Status string `json:"status"`
	Time   string `json:"time"`
}

type Institution struct {
	Object    string             `json:"object"`
	ID        string             `json:"id"`
	Name      string             `json:"name"`
	CreatedAt string             `json:"created_at"`
	APIKeys   InstitutionAPIKeys `json:"api_keys"`
	Sandbox   InstitutionSandbox `json:"sandbox"`
}

type InstitutionAPIKeys struct {
	Test InstitutionAPIKeysTest `json:"test"`
	Live InstitutionAPIKeysLive `json:"live"`
}

type InstitutionAPIKeysLive struct {
	ID   string `json:"id"`
	Role string `json:"role"`
	// Shown once; only its hash is stored
	Secret string `json:"secret"`
}

type InstitutionAPIKeysTest struct {
	ID   string `json:"id"`
	Role string `json:"role"`
	// Shown once; only its hash is stored
	Secret string `json:"secret"`
}

type InstitutionSandbox struct {
	MockSmes int64 `json:"mock_smes"`
}

type JWKS struct {
	Keys []JWKSKey `json:"keys"`
}

type JWKSKey struct {
	Kty string `json:"kty"`
	Kid string `json:"kid"`
	N   string `json:"n"`
	E   string `json:"e"`
	Alg string `json:"alg"`
	Use string `json:"use"`
}

type OAuthClient struct {
	Object   string  `json:"object"`
	ClientID string  `json:"client_id"`
	Name     string  `json:"name"`
	Role     string  `json:"role"`
	Team     *string `json:"team"`
	// The environment of the key that created it; its tokens act there
	Environment string `json:"environment"`
	CreatedAt   string `json:"created_at"`
	// When it last got a token
	LastUsedAt *string `json:"last_used_at"`
}

type OAuthClientList struct {
	Object     string        `json:"object"`
	Data       []OAuthClient `json:"data"`
	HasMore    bool          `json:"has_more"`
	NextCursor *string       `json:"next_cursor"`
}

type OauthClientsRevokeResponse struct {
	Object   string `json:"object"`
	ClientID string `json:"client_id"`
	Revoked  bool   `json:"revoked"`
}

type OAuthClientWithSecret struct {
	Object   string  `json:"object"`
	ClientID string  `json:"client_id"`
	Name     string  `json:"name"`
	Role     string  `json:"role"`
	Team     *string `json:"team"`
	// The environment of the key that created it; its tokens act there
	Environment string `json:"environment"`
	CreatedAt   string `json:"created_at"`
	// When it last got a token
	LastUsedAt *string `json:"last_used_at"`
	// Shown once, at creation
	ClientSecret string `json:"client_secret"`
}

type PiSpiEvent struct {
	// One of PAIEMENT_RECU, PAIEMENT_ENVOYE, PAIEMENT_REJETE, RTP_RECU, RTP_REJETE, ANNULATION_DEMANDE, ANNULATION_REJETE, RETOUR_ENVOYE, RETOUR_REJETE, RETOUR_RECU
	EvCode    string   `json:"evCode"`
	EvDate    *string  `json:"evDate,omitempty"`
	End2endID *string  `json:"end2endId,omitempty"`
	Montant   *float64 `json:"montant,omitempty"`
	// The business client's (the SME's) alias
	Alias                    *string `json:"alias,omitempty"`
	Statut                   *string `json:"statut,omitempty"`
	DateIrrevocabilite       *string `json:"dateIrrevocabilite,omitempty"`
	RetourStatut             *string `json:"retourStatut,omitempty"`
	RetourDateIrrevocabilite *string `json:"retourDateIrrevocabilite,omitempty"`
	PayeurAlias              *string `json:"payeurAlias,omitempty"`
	PayeAlias                *string `json:"payeAlias,omitempty"`
	PayeurCompte             *string `json:"payeurCompte,omitempty"`
	PayeCompte               *string `json:"payeCompte,omitempty"`
}

type PiSpiNotification struct {
	// 1–1000 events, each checked on its own
	Data []PiSpiEvent           `json:"data"`
	Meta *PiSpiNotificationMeta `json:"meta,omitempty"`
}

type PiSpiNotificationMeta struct {
	Total int64 `json:"total"`
}

type PortfolioSettings struct {
	Object string `json:"object"`
	// score.threshold_crossed fires when a score crosses it (default 550)
	ScoreThreshold int64 `json:"score_threshold"`
	// sme.risk_zone_entered fires at grade D or E, or a PD above this (default 0.1)
	RiskZonePD float64 `json:"risk_zone_pd"`
}

type PortfolioSummary struct {
	Object string `json:"object"`
	Smes   int64  `json:"smes"`
	// By latest grade; `unscored` when never scored
	ByGrade  PortfolioSummaryByGrade  `json:"by_grade"`
	BySector PortfolioSummaryBySector `json:"by_sector"`
	// Open alerts by severity
	OpenAlerts PortfolioSummaryOpenAlerts `json:"open_alerts"`
}

// By latest grade; `unscored` when never scored
type PortfolioSummaryByGrade struct {
	A        int64 `json:"A"`
	B        int64 `json:"B"`
	C        int64 `json:"C"`
	D        int64 `json:"D"`
	E        int64 `json:"E"`
	Unscored int64 `json:"unscored"`
}

type PortfolioSummaryBySector struct {
	Commerce      int64 `json:"commerce"`
	Agriculture   int64 `json:"agriculture"`
	Manufacturing int64 `json:"manufacturing"`
	Construction  int64 `json:"construction"`
	Transport     int64 `json:"transport"`
	Hospitality   int64 `json:"hospitality"`
	Services      int64 `json:"services"`
	Health        int64 `json:"health"`
	Education     int64 `json:"education"`
	Technology    int64 `json:"technology"`
}

// Open alerts by severity
type PortfolioSummaryOpenAlerts struct {
	Low    int64 `json:"low"`
	Medium int64 `json:"medium"`
	High   int64 `json:"high"`
}

type Redelivery struct {
	Object  string `json:"object"`
	EventID string `json:"event_id"`
	// Enabled endpoints subscribed to the event, each sent it again
	Endpoints int64 `json:"endpoints"`
}

type RollAPIKey struct {
	// How long the old secret keeps working (default 24 h; 0 = now)
	ExpiresInSeconds *int64 `json:"expires_in_seconds,omitempty"`
}

type RotatedWebhookEndpoint struct {
	Object      string   `json:"object"`
	ID          string   `json:"id"`
	URL         string   `json:"url"`
	Events      []string `json:"events"`
	Description *string  `json:"description"`
	Status      string   `json:"status"`
	// `gone`: the receiver answered 410; `failing`: 5 days without a success; `manual`: by PATCH
	DisabledReason *string `json:"disabled_reason"`
	CreatedAt      string  `json:"created_at"`
	UpdatedAt      string  `json:"updated_at"`
	// Shown only now: `whsec_` and base64 of 32 bytes
	Secret string `json:"secret"`
	// Until then deliveries carry both signatures
	PreviousSecretExpiresAt *string `json:"previous_secret_expires_at"`
}

type SandboxEvent struct {
	Event string `json:"event"`
	// One of your test SMEs; a sandbox mock SME when left out
	SmeID *string `json:"sme_id,omitempty"`
}

type SandboxSignup struct {
	Organization string `json:"organization"`
	Email        string `json:"email"`
	Country      string `json:"country"`
}

type SandboxSignupResult struct {
	Object        string                     `json:"object"`
	InstitutionID string                     `json:"institution_id"`
	Organization  string                     `json:"organization"`
	APIKey        SandboxSignupResultAPIKey  `json:"api_key"`
	Sandbox       SandboxSignupResultSandbox `json:"sandbox"`
	CreatedAt     string                     `json:"created_at"`
}

type SandboxSignupResultAPIKey struct {
	ID   string `json:"id"`
	Role string `json:"role"`
	// Shown once; a sandbox (test) key, never a live one
	Secret string `json:"secret"`
}

type SandboxSignupResultSandbox struct {
	MockSmes int64 `json:"mock_smes"`
}

type Score struct {
	Object string `json:"object"`
	ID     string `json:"id"`
	SmeID  string `json:"sme_id"`
	Score  int64  `json:"score"`
	// Relative to the SME's sector
	Grade string `json:"grade"`
	// Against the previous score (±15 points)
	Trend string `json:"trend"`
	// 12-month probability of default
	PD      float64      `json:"pd"`
	Signals ScoreSignals `json:"signals"`
	// Up to 4 factors that lowered the score most, largest first
	Reasons    []ScoreReason `json:"reasons"`
	WindowDays int64         `json:"window_days"`
	// True for the SME's registered sector over the default 90-day window: the score that becomes its latest, sets its trend and raises events and alerts. False for a what-if (another sector or window): returned and kept in the history, nothing more.
	Official bool `json:"official"`
	// The model artifact that made this score (name and version)
	Model    string `json:"model"`
	ScoredAt string `json:"scored_at"`
}

type ScoreHistory struct {
	Object     string  `json:"object"`
	SmeID      string  `json:"sme_id"`
	Latest     *Score  `json:"latest"`
	Data       []Score `json:"data"`
	HasMore    bool    `json:"has_more"`
	NextCursor *string `json:"next_cursor"`
}

type ScoreReason struct {
	Code        string `json:"code"`
	Factor      string `json:"factor"`
	Impact      int64  `json:"impact"`
	Description string `json:"description"`
}

// The previous score; null for a first score and for sme.erased
type ScoreRef struct {
	Score int64   `json:"score"`
	Grade string  `json:"grade"`
	PD    float64 `json:"pd"`
}

type ScoreRequest struct {
	SmeID string `json:"sme_id"`
	// Scores against this sector instead of the registered one: a what-if score (`official: false`)
	Sector *string `json:"sector,omitempty"`
	// 30–365, default 90; any other than 90 makes a what-if score (`official: false`)
	WindowDays *int64 `json:"window_days,omitempty"`
}

type ScoreSignals struct {
	CashflowRegularity float64 `json:"cashflow_regularity"`
	SectorBenchmark    string  `json:"sector_benchmark"`
	Anomalies          int64   `json:"anomalies"`
}

type Sme struct {
	Object      string            `json:"object"`
	SmeID       string            `json:"sme_id"`
	Name        *string           `json:"name"`
	Sector      string            `json:"sector"`
	Country     string            `json:"country"`
	Identifiers map[string]string `json:"identifiers"`
	Metadata    map[string]string `json:"metadata"`
	Accounts    []SmeAccount      `json:"accounts"`
	Flows       SmeFlows          `json:"flows"`
	LatestScore *SmeLatestScore   `json:"latest_score"`
	CreatedAt   string            `json:"created_at"`
}

type SmeAccount struct {
	Scheme string `json:"scheme"`
	ID     string `json:"id"`
}

type SmeFlows struct {
	Count   int64   `json:"count"`
	FirstAt *string `json:"first_at"`
	LastAt  *string `json:"last_at"`
}

type SmeLatestScore struct {
	Score    int64  `json:"score"`
	Grade    string `json:"grade"`
	ScoredAt string `json:"scored_at"`
}

type SmeList struct {
	Object     string  `json:"object"`
	Data       []Sme   `json:"data"`
	HasMore    bool    `json:"has_more"`
	NextCursor *string `json:"next_cursor"`
}

type TokenRequest struct {
	GrantType string `json:"grant_type"`
	// Space-delimited subset of the client's role scopes (default: all of them). Known scopes: smes:read, smes:write, flows:write, scores:read, scores:write, alerts:read, alerts:write, events:read, webhooks:read, webhooks:write, keys:read, keys:write, audit:read
	Scope *string `json:"scope,omitempty"`
	// With `client_secret_post` (or repeating the Basic one)
	ClientID *string `json:"client_id,omitempty"`
	// `client_secret_post` only; otherwise use HTTP Basic
	ClientSecret *string `json:"client_secret,omitempty"`
}

type TokenResponse struct {
	// RS256 JWT (RFC 9068, `typ: at+jwt`)
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
	Scope       string `json:"scope"`
}

type UpdatePortfolioSettings struct {
	ScoreThreshold *int64   `json:"score_threshold,omitempty"`
	RiskZonePD     *float64 `json:"risk_zone_pd,omitempty"`
}

type UpdateSme struct {
	Name   *string `json:"name,omitempty"`
	Sector *string `json:"sector,omitempty"`
	// Registry (RCCM) and tax identifiers
	Identifiers *UpdateSmeIdentifiers `json:"identifiers,omitempty"`
	// Up to 20 string pairs of your own
	Metadata map[string]string `json:"metadata,omitempty"`
	// Up to 20 payment identifiers of the SME, each unique in your institution and environment: the connectors find the SME from them. Replaced as a whole on update.
	Accounts []SmeAccount `json:"accounts,omitempty"`
}

// Registry (RCCM) and tax identifiers
type UpdateSmeIdentifiers struct {
	Rccm  *string `json:"rccm,omitempty"`
	TaxID *string `json:"tax_id,omitempty"`
}

type UpdateWebhookEndpoint struct {
	// Live: https to a public host. Test: http://localhost and 127.0.0.1 allowed too.
	URL *string `json:"url,omitempty"`
	// Event types to receive, or ["*"] for all
	Events      []string `json:"events,omitempty"`
	Description *string  `json:"description,omitempty"`
	// `enabled` turns a disabled endpoint back on
	Status *string `json:"status,omitempty"`
}

type WebhookDelivery struct {
	Object     string `json:"object"`
	EventID    string `json:"event_id"`
	EndpointID string `json:"endpoint_id"`
	// 1 for the first attempt of a sending
	Attempt int64 `json:"attempt"`
	// Part of a sending asked for with POST /v1/events/{id}/redeliver
	Redelivery    bool    `json:"redelivery"`
	Outcome       string  `json:"outcome"`
	StatusCode    *int64  `json:"status_code"`
	LatencyMs     *int64  `json:"latency_ms"`
	Error         *string `json:"error"`
	NextAttemptAt *string `json:"next_attempt_at"`
	AttemptedAt   string  `json:"attempted_at"`
}

type WebhookDeliveryList struct {
	Object     string            `json:"object"`
	Data       []WebhookDelivery `json:"data"`
	HasMore    bool              `json:"has_more"`
	NextCursor *string           `json:"next_cursor"`
}

type WebhookEndpoint struct {
	Object      string   `json:"object"`
	ID          string   `json:"id"`
	URL         string   `json:"url"`
	Events      []string `json:"events"`
	Description *string  `json:"description"`
	Status      string   `json:"status"`
	// `gone`: the receiver answered 410; `failing`: 5 days without a success; `manual`: by PATCH
	DisabledReason *string `json:"disabled_reason"`
	CreatedAt      string  `json:"created_at"`
	UpdatedAt      string  `json:"updated_at"`
}

type WebhookEndpointList struct {
	Object     string            `json:"object"`
	Data       []WebhookEndpoint `json:"data"`
	HasMore    bool              `json:"has_more"`
	NextCursor *string           `json:"next_cursor"`
}

type WebhookEndpointsDeleteResponse struct {
	Object  string `json:"object"`
	ID      string `json:"id"`
	Deleted bool   `json:"deleted"`
}

type WebhookEndpointWithSecret struct {
	Object      string   `json:"object"`
	ID          string   `json:"id"`
	URL         string   `json:"url"`
	Events      []string `json:"events"`
	Description *string  `json:"description"`
	Status      string   `json:"status"`
	// `gone`: the receiver answered 410; `failing`: 5 days without a success; `manual`: by PATCH
	DisabledReason *string `json:"disabled_reason"`
	CreatedAt      string  `json:"created_at"`
	UpdatedAt      string  `json:"updated_at"`
	// Shown only now: `whsec_` and base64 of 32 bytes
	Secret string `json:"secret"`
}
