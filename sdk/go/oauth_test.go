package score360

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

func token(n string) answer {
	return answer{200, nil, map[string]any{"access_token": n, "token_type": "Bearer", "expires_in": 900, "scope": "smes:read"}}
}

func oauthClient(f *fakeTransport, now *time.Time) *Client {
	c, _ := fakeClient(f, WithClientCredentials("cli_1", "s3cret", ""))
	c.oauth.now = func() time.Time { return *now }
	return c
}

func TestTokenCachedAndRenewedBeforeExpiry(t *testing.T) {
	now := time.Unix(1000, 0)
	f := &fakeTransport{answers: []any{token("tok1"), answer{200, nil, sme}, answer{200, nil, sme}, token("tok2"), answer{200, nil, sme}}}
	c := oauthClient(f, &now)
	for _, step := range []time.Duration{0, 800 * time.Second, 60 * time.Second} {
		now = now.Add(step)
		if _, err := c.SMEs.Retrieve(ctx, "SME_1"); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{}
	for _, r := range f.requests {
		paths = append(paths, r.URL.Path+" "+r.Header.Get("Authorization"))
	}
	want := []string{"/v1/oauth/token ", "/v1/smes/SME_1 Bearer tok1", "/v1/smes/SME_1 Bearer tok1", "/v1/oauth/token ", "/v1/smes/SME_1 Bearer tok2"}
	if len(paths) != len(want) {
		t.Fatal(paths)
	}
	for i := range want {
		if paths[i] != want[i] {
			t.Fatal(paths)
		}
	}
	var body map[string]string
	_ = json.Unmarshal(f.bodies[0], &body)
	if body["grant_type"] != "client_credentials" || body["client_id"] != "cli_1" || body["client_secret"] != "s3cret" {
		t.Fatal(body)
	}
}

func TestRefusedTokenRenewedOnce(t *testing.T) {
	now := time.Unix(0, 0)
	f := &fakeTransport{answers: []any{token("tok1"), apiError(401, ErrorTypeAuthentication, "invalid_token", nil), token("tok2"), answer{200, nil, sme}}}
	if _, err := oauthClient(f, &now).SMEs.Retrieve(ctx, "SME_1"); err != nil {
		t.Fatal(err)
	}
	if f.requests[3].Header.Get("Authorization") != "Bearer tok2" {
		t.Fatal(f.requests[3].Header)
	}
}

func TestBadClientCredentials(t *testing.T) {
	now := time.Unix(0, 0)
	f := &fakeTransport{answers: []any{answer{401, nil, map[string]string{"error": "invalid_client", "error_description": "Unknown client."}}}}
	_, err := oauthClient(f, &now).SMEs.Retrieve(ctx, "SME_1")
	var e *Error
	if !errors.As(err, &e) || e.Code != "invalid_client" || e.Type != ErrorTypeAuthentication {
		t.Fatal(err)
	}
}
