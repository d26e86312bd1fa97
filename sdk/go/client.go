// Package score360 is the official Go client (beta) for the SCORE360 credit-scoring API.
//
//	client := score360.NewClient(os.Getenv("SCORE360_API_KEY"))
//	score, err := client.Scores.Create(ctx, &score360.ScoreCreateParams{SmeID: "SME_8421"})
package score360

import (
	"math/rand"
	"net/http"
	"os"
	"strings"
	"time"
)

// Version is this SDK's version, sent in the User-Agent.
const Version = "0.1.0"

// DefaultBaseURL is the production API, version included.
const DefaultBaseURL = "https://api.score360.africa/v1"

// Client calls the API. Its fields are the API's resources; it is safe for concurrent use.
type Client struct {
	*services
	baseURL     string
	apiKey      string
	oauth       *tokenSource
	httpClient  *http.Client
	maxRetries  int
	userAgent   string
	sleep       func(time.Duration) <-chan time.Time
	jitter      func() float64
	idempotency func() string
}

// Option configures a Client.
type Option func(*Client)

// WithBaseURL sets the API's base URL, version included (default DefaultBaseURL, or the
// SCORE360_BASE_URL environment variable).
func WithBaseURL(url string) Option {
	return func(c *Client) { c.baseURL = strings.TrimRight(url, "/") }
}

// WithHTTPClient sends requests through hc (its Timeout is the per-attempt timeout).
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.httpClient = hc } }

// WithTimeout bounds each attempt (default 30 s).
func WithTimeout(d time.Duration) Option {
	return func(c *Client) {
		hc := *c.httpClient
		hc.Timeout = d
		c.httpClient = &hc
	}
}

// WithMaxRetries sets how many times a failed call is retried when that is safe (default 2).
func WithMaxRetries(n int) Option { return func(c *Client) { c.maxRetries = n } }

// WithClientCredentials authenticates with an OAuth2 client instead of an API key: the client
// fetches access tokens itself and renews them before they expire. scope may be empty.
func WithClientCredentials(clientID, clientSecret, scope string) Option {
	return func(c *Client) {
		c.oauth = &tokenSource{clientID: clientID, secret: clientSecret, scope: scope, now: time.Now}
	}
}

// NewClient makes a client with an API key (or "" with WithClientCredentials; "" alone reads
// SCORE360_API_KEY).
func NewClient(apiKey string, opts ...Option) *Client {
	c := &Client{
		baseURL:     DefaultBaseURL,
		apiKey:      apiKey,
		httpClient:  &http.Client{Timeout: 30 * time.Second, CheckRedirect: noRedirects},
		maxRetries:  2,
		userAgent:   "score360-go/" + Version,
		sleep:       time.After,
		jitter:      rand.Float64,
		idempotency: newIdempotencyKey,
	}
	if env := os.Getenv("SCORE360_BASE_URL"); env != "" {
		c.baseURL = strings.TrimRight(env, "/")
	}
	for _, opt := range opts {
		opt(c)
	}
	if c.apiKey == "" && c.oauth == nil {
		c.apiKey = os.Getenv("SCORE360_API_KEY")
	}
	c.services = newServices(c)
	return c
}

// BaseURL is the base URL the client calls.
func (c *Client) BaseURL() string { return c.baseURL }

// A redirect would resend the credentials wherever it points: return it to the caller instead.
func noRedirects(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

// String returns a pointer to v, for optional fields.
func String(v string) *string { return &v }

// Int returns a pointer to v, for optional fields.
func Int(v int64) *int64 { return &v }

// Float returns a pointer to v, for optional fields.
func Float(v float64) *float64 { return &v }

// Bool returns a pointer to v, for optional fields.
func Bool(v bool) *bool { return &v }
