package score360

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
)

var ctx = context.Background()
var reset = &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}

func TestSendsKeyUserAgentAndJSON(t *testing.T) {
	f := &fakeTransport{answers: []any{answer{201, nil, sme}}}
	c, _ := fakeClient(f)
	if _, err := c.SMEs.Create(ctx, &SMECreateParams{SmeID: "SME_1", Sector: "commerce", Country: "SN"}); err != nil {
		t.Fatal(err)
	}
	r := f.requests[0]
	if r.Method != "POST" || r.URL.String() != "http://api.local/v1/smes" {
		t.Fatalf("sent %s %s", r.Method, r.URL)
	}
	if r.Header.Get("Authorization") != "Bearer sk_test_abc" || r.Header.Get("User-Agent") != "score360-go/"+Version {
		t.Fatalf("headers %v", r.Header)
	}
	var body map[string]any
	_ = json.Unmarshal(f.bodies[0], &body)
	if !reflect.DeepEqual(body, map[string]any{"sme_id": "SME_1", "sector": "commerce", "country": "SN"}) {
		t.Fatalf("body %s", f.bodies[0])
	}
}

func TestBaseURLFromEnvironmentAndDefault(t *testing.T) {
	t.Setenv("SCORE360_BASE_URL", "http://env.local/v1/")
	f := &fakeTransport{answers: []any{answer{200, nil, map[string]any{"keys": []any{}}}}}
	c := NewClient("sk_test_abc", WithHTTPClient(&http.Client{Transport: f}))
	if _, err := c.JWKS.Retrieve(ctx); err != nil {
		t.Fatal(err)
	}
	if got := f.requests[0].URL.String(); got != "http://env.local/.well-known/jwks.json" {
		t.Fatal(got)
	}
	os.Unsetenv("SCORE360_BASE_URL")
	if got := NewClient("k").BaseURL(); got != DefaultBaseURL {
		t.Fatal(got)
	}
}

func TestRetriesWithOneIdempotencyKey(t *testing.T) {
	f := &fakeTransport{answers: []any{apiError(503, "api_error", "service_unavailable", nil), reset, answer{201, nil, sme}}}
	c, waits := fakeClient(f)
	s, err := c.SMEs.Create(ctx, &SMECreateParams{SmeID: "SME_1", Sector: "commerce", Country: "SN"})
	if err != nil || s.SmeID != "SME_1" {
		t.Fatal(s, err)
	}
	keys := map[string]bool{}
	for _, r := range f.requests {
		keys[r.Header.Get("Idempotency-Key")] = true
	}
	if len(f.requests) != 3 || len(keys) != 1 || keys[""] {
		t.Fatalf("%d requests, keys %v", len(f.requests), keys)
	}
	if !reflect.DeepEqual(*waits, []time.Duration{375 * time.Millisecond, 750 * time.Millisecond}) {
		t.Fatal(*waits)
	}
}

func TestSendsACamtDocumentAsItIsTheSameBytesOnEachRetry(t *testing.T) {
	ingestion := map[string]any{"object": "flow_ingestion", "sme_id": "SME_1", "received": 1, "accepted": 1, "duplicates": 0, "rejected": []any{}}
	f := &fakeTransport{answers: []any{apiError(503, "api_error", "service_unavailable", nil), answer{200, nil, ingestion}}}
	c, _ := fakeClient(f)
	xml := []byte(`<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">café</Document>`)
	res, err := c.Flows.IngestCamt(ctx, xml, &FlowIngestCamtParams{SmeID: String("SME_1")})
	if err != nil || res.Accepted != 1 || len(f.requests) != 2 {
		t.Fatal(res, err, len(f.requests))
	}
	for i, r := range f.requests {
		if r.URL.String() != "http://api.local/v1/connect/camt?sme_id=SME_1" || !bytes.Equal(f.bodies[i], xml) || r.Header.Get("Content-Type") != "application/xml" {
			t.Fatalf("%s %q %s", r.URL, f.bodies[i], r.Header.Get("Content-Type"))
		}
	}
	if f.requests[0].Header.Get("Idempotency-Key") != f.requests[1].Header.Get("Idempotency-Key") {
		t.Fatal("a retry must keep the Idempotency-Key")
	}
}

func TestCallerIdempotencyKeyAndNoneOnGet(t *testing.T) {
	f := &fakeTransport{answers: []any{answer{201, nil, sme}, answer{200, nil, sme}}}
	c, _ := fakeClient(f)
	_, _ = c.SMEs.Create(ctx, &SMECreateParams{SmeID: "SME_1", Sector: "commerce", Country: "SN", IdempotencyKey: "mine"})
	_, _ = c.SMEs.Retrieve(ctx, "SME 1/x")
	if f.requests[0].Header.Get("Idempotency-Key") != "mine" || f.requests[1].Header.Get("Idempotency-Key") != "" {
		t.Fatal("idempotency keys")
	}
	if got := f.requests[1].URL.String(); got != "http://api.local/v1/smes/SME%201%2Fx" {
		t.Fatal(got)
	}
}

func TestRetryAfterAnd409(t *testing.T) {
	f := &fakeTransport{answers: []any{
		apiError(429, "rate_limit_error", "rate_limited", map[string]string{"Retry-After": "7"}),
		apiError(409, "conflict_error", "idempotency_in_progress", nil),
		answer{200, nil, sme},
	}}
	c, waits := fakeClient(f)
	if _, err := c.SMEs.Retrieve(ctx, "SME_1"); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*waits, []time.Duration{7 * time.Second, 750 * time.Millisecond}) {
		t.Fatal(*waits)
	}
	f = &fakeTransport{answers: []any{apiError(409, "invalid_request_error", "sme_already_exists", nil)}}
	c, _ = fakeClient(f)
	_, err := c.SMEs.Create(ctx, &SMECreateParams{SmeID: "SME_1"})
	var e *Error
	if !errors.As(err, &e) || e.Code != "sme_already_exists" || len(f.requests) != 1 {
		t.Fatal(err)
	}
}

func TestLongRetryAfterIsReturned(t *testing.T) {
	f := &fakeTransport{answers: []any{apiError(429, "rate_limit_error", "rate_limited", map[string]string{"Retry-After": "3600"})}}
	c, waits := fakeClient(f)
	_, err := c.SMEs.Retrieve(ctx, "SME_1")
	var e *Error
	if !errors.As(err, &e) || e.Type != ErrorTypeRateLimit || e.RetryAfter() != time.Hour || len(*waits) != 0 {
		t.Fatal(err, *waits)
	}
}

func TestGivesUpAfterMaxRetriesAndBackoffIsCapped(t *testing.T) {
	var answers []any
	for i := 0; i < 4; i++ {
		answers = append(answers, apiError(500, "api_error", "internal_error", nil))
	}
	f := &fakeTransport{answers: answers}
	c, waits := fakeClient(f, WithMaxRetries(3))
	_, err := c.SMEs.Retrieve(ctx, "SME_1")
	var e *Error
	if !errors.As(err, &e) || e.Status != 500 || e.RequestID != "req_err" || len(f.requests) != 4 {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*waits, []time.Duration{375 * time.Millisecond, 750 * time.Millisecond, 1500 * time.Millisecond}) {
		t.Fatal(*waits)
	}
	c.jitter = func() float64 { return 0 }
	if c.backoff(40) != 4*time.Second {
		t.Fatal(c.backoff(40))
	}
}

func TestErrorTypes(t *testing.T) {
	cases := []struct {
		status    int
		typ, code string
	}{
		{400, ErrorTypeInvalidRequest, "validation_failed"},
		{404, ErrorTypeInvalidRequest, "sme_not_found"},
		{401, ErrorTypeAuthentication, "invalid_api_key"},
		{403, ErrorTypePermission, "insufficient_scope"},
		{409, ErrorTypeConflict, "idempotency_in_progress"},
		{429, ErrorTypeRateLimit, "rate_limited"},
		{500, ErrorTypeAPI, "internal_error"},
	}
	for _, tc := range cases {
		f := &fakeTransport{answers: []any{apiError(tc.status, tc.typ, tc.code, nil), apiError(tc.status, tc.typ, tc.code, nil), apiError(tc.status, tc.typ, tc.code, nil)}}
		c, _ := fakeClient(f)
		_, err := c.SMEs.Retrieve(ctx, "SME_1")
		var e *Error
		if !errors.As(err, &e) || e.Status != tc.status || e.Type != tc.typ || e.Code != tc.code || e.RequestID != "req_err" {
			t.Fatalf("%v: %v", tc, err)
		}
	}
}

func TestNetworkFailureAndTimeout(t *testing.T) {
	f := &fakeTransport{answers: []any{reset, reset, reset}}
	c, _ := fakeClient(f)
	_, err := c.SMEs.Retrieve(ctx, "SME_1")
	var ce *ConnectionError
	if !errors.As(err, &ce) || ce.Timeout || len(f.requests) != 3 {
		t.Fatal(err)
	}
	// A real server that accepts and never answers.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			defer conn.Close()
		}
	}()
	slow := NewClient("k", WithBaseURL("http://"+ln.Addr().String()+"/v1"), WithTimeout(200*time.Millisecond), WithMaxRetries(1))
	slow.sleep = func(time.Duration) <-chan time.Time { ch := make(chan time.Time, 1); ch <- time.Time{}; return ch }
	_, err = slow.SMEs.Retrieve(ctx, "SME_1")
	if !errors.As(err, &ce) || !ce.Timeout {
		t.Fatalf("want a timeout, got %v", err)
	}
}

func TestListIteratesAcrossPages(t *testing.T) {
	page := func(ids []string, cursor any) answer {
		var data []any
		for _, id := range ids {
			s := map[string]any{}
			for k, v := range sme {
				s[k] = v
			}
			s["sme_id"] = id
			data = append(data, s)
		}
		return answer{200, nil, map[string]any{"object": "list", "data": data, "has_more": cursor != nil, "next_cursor": cursor}}
	}
	f := &fakeTransport{answers: []any{page([]string{"a", "b"}, "c1"), page([]string{"c"}, "c2"), page(nil, nil)}}
	c, _ := fakeClient(f)
	it := c.SMEs.List(ctx, &SMEListParams{Limit: Int(2), Sector: String("commerce")})
	var got []string
	for it.Next() {
		got = append(got, it.Current().SmeID)
	}
	if it.Err() != nil || strings.Join(got, ",") != "a,b,c" {
		t.Fatal(got, it.Err())
	}
	var urls []string
	for _, r := range f.requests {
		urls = append(urls, r.URL.String())
	}
	want := []string{"http://api.local/v1/smes?limit=2&sector=commerce", "http://api.local/v1/smes?cursor=c1&limit=2&sector=commerce", "http://api.local/v1/smes?cursor=c2&limit=2&sector=commerce"}
	if !reflect.DeepEqual(urls, want) {
		t.Fatal(urls)
	}
}

func TestListStopsOnError(t *testing.T) {
	f := &fakeTransport{answers: []any{apiError(403, ErrorTypePermission, "insufficient_scope", nil)}}
	c, _ := fakeClient(f)
	it := c.SMEs.List(ctx, nil)
	var e *Error
	if it.Next() || !errors.As(it.Err(), &e) || e.Code != "insufficient_scope" {
		t.Fatal(it.Err())
	}
}
