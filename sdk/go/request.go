package score360

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Backoff: 0.5 s doubling to 8 s, each wait drawn from its upper half (jitter spreads clients).
const (
	initialDelay  = 500 * time.Millisecond
	maxDelay      = 8 * time.Second
	maxRetryAfter = 60 * time.Second
)

func newIdempotencyKey() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return "go_" + hex.EncodeToString(b)
}

// url resolves an API path: /v1/… hangs off the base URL (which carries the version), other
// paths (/.well-known/…) off its origin.
func (c *Client) url(path string, query url.Values) string {
	u := c.baseURL + strings.TrimPrefix(path, "/v1")
	if !strings.HasPrefix(path, "/v1/") {
		u = strings.TrimSuffix(c.baseURL, "/v1") + path
	}
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	return u
}

// rawBody is a request body sent as it is (a camt document), not encoded as JSON.
type rawBody struct {
	content     []byte
	contentType string
}

// do sends one call, retrying when safe, and decodes the answer into out. body is sent as JSON,
// or as it is when it is a rawBody.
func (c *Client) do(ctx context.Context, method, path string, query url.Values, body any, idempotencyKey string, out any) error {
	header := http.Header{"Accept": {"application/json"}}
	var payload []byte
	switch b := body.(type) {
	case nil:
	case rawBody:
		payload = b.content
		header.Set("Content-Type", b.contentType)
	default:
		var err error
		if payload, err = json.Marshal(body); err != nil {
			return err
		}
		header.Set("Content-Type", "application/json")
	}
	if method == http.MethodPost {
		// One key per call, kept by every retry: the API applies the call once.
		if idempotencyKey == "" {
			idempotencyKey = c.idempotency()
		}
		header.Set("Idempotency-Key", idempotencyKey)
	}
	target := c.url(path, query)
	status, respHeader, respBody, err := c.send(ctx, method, target, header, payload, true)
	if err == nil && status == http.StatusUnauthorized && c.oauth != nil {
		// The token may have been refused early (revoked, clock skew): renew it once.
		c.oauth.invalidate(strings.TrimPrefix(header.Get("Authorization"), "Bearer "))
		status, respHeader, respBody, err = c.send(ctx, method, target, header, payload, true)
	}
	if err != nil {
		return err
	}
	if status >= 400 {
		return errorFromResponse(status, respHeader, respBody)
	}
	if out == nil || len(respBody) == 0 {
		return nil
	}
	return json.Unmarshal(respBody, out)
}

func (c *Client) send(ctx context.Context, method, target string, header http.Header, payload []byte, authenticated bool) (int, http.Header, []byte, error) {
	for attempt := 0; ; attempt++ {
		if authenticated {
			bearer := c.apiKey
			if c.oauth != nil {
				var err error
				if bearer, err = c.oauth.token(ctx, c); err != nil {
					return 0, nil, nil, err
				}
			}
			header.Set("Authorization", "Bearer "+bearer)
		}
		header.Set("User-Agent", c.userAgent)
		status, respHeader, respBody, err := c.attempt(ctx, method, target, header, payload)
		var wait time.Duration
		switch {
		case err != nil:
			if attempt >= c.maxRetries || ctx.Err() != nil {
				return 0, nil, nil, err
			}
			wait = c.backoff(attempt)
		default:
			w, retry := c.retryWait(status, respHeader, respBody, attempt)
			if !retry {
				return status, respHeader, respBody, nil
			}
			wait = w
		}
		select {
		case <-ctx.Done():
			return 0, nil, nil, ctx.Err()
		case <-c.sleep(wait):
		}
	}
}

func (c *Client) attempt(ctx context.Context, method, target string, header http.Header, payload []byte) (int, http.Header, []byte, error) {
	var body io.Reader
	if payload != nil {
		body = bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(ctx, method, target, body)
	if err != nil {
		return 0, nil, nil, err
	}
	req.Header = header.Clone()
	resp, err := c.httpClient.Do(req)
	if err != nil {
		return 0, nil, nil, connectionError(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, nil, nil, connectionError(err)
	}
	return resp.StatusCode, resp.Header, data, nil
}

func connectionError(err error) error {
	var netErr net.Error
	timeout := errors.As(err, &netErr) && netErr.Timeout()
	return &ConnectionError{Err: err, Timeout: timeout || errors.Is(err, context.DeadlineExceeded)}
}

// retryWait says whether an answer is worth retrying, and after how long.
func (c *Client) retryWait(status int, header http.Header, body []byte, attempt int) (time.Duration, bool) {
	if attempt >= c.maxRetries || !retryable(status, body) {
		return 0, false
	}
	if asked, ok := retryAfter(header); ok {
		return asked, asked <= maxRetryAfter
	}
	return c.backoff(attempt), true
}

func retryable(status int, body []byte) bool {
	if status == http.StatusTooManyRequests || status >= 500 {
		return true
	}
	if status == http.StatusConflict {
		var e struct {
			Error struct {
				Code string `json:"code"`
			} `json:"error"`
		}
		return json.Unmarshal(body, &e) == nil && e.Error.Code == "idempotency_in_progress"
	}
	return false
}

func (c *Client) backoff(attempt int) time.Duration {
	ceiling := initialDelay << attempt
	if ceiling > maxDelay || ceiling <= 0 {
		ceiling = maxDelay
	}
	return ceiling/2 + time.Duration(c.jitter()*float64(ceiling/2))
}
