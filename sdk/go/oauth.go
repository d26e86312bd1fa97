package score360

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"
)

// renewMargin: a token is renewed this long before it expires, so no request leaves with a dying one.
const renewMargin = 60 * time.Second

// tokenSource exchanges an OAuth2 client's credentials for access tokens and caches them.
type tokenSource struct {
	clientID, secret, scope string
	now                     func() time.Time

	mu      sync.Mutex
	current string
	expires time.Time
}

func (t *tokenSource) token(ctx context.Context, c *Client) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.current != "" && t.now().Before(t.expires.Add(-renewMargin)) {
		return t.current, nil
	}
	body := map[string]string{"grant_type": "client_credentials", "client_id": t.clientID, "client_secret": t.secret}
	if t.scope != "" {
		body["scope"] = t.scope
	}
	payload, _ := json.Marshal(body)
	started := t.now()
	header := http.Header{"Accept": {"application/json"}, "Content-Type": {"application/json"}}
	status, respHeader, respBody, err := c.send(ctx, http.MethodPost, c.url("/v1/oauth/token", nil), header, payload, false)
	if err != nil {
		return "", err
	}
	if status != http.StatusOK {
		return "", errorFromResponse(status, respHeader, respBody)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
	}
	if err := json.Unmarshal(respBody, &tok); err != nil {
		return "", err
	}
	t.current, t.expires = tok.AccessToken, started.Add(time.Duration(tok.ExpiresIn)*time.Second)
	return t.current, nil
}

// invalidate forgets a token the API refused, unless another call already replaced it.
func (t *tokenSource) invalidate(token string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.current == token {
		t.current = ""
	}
}
