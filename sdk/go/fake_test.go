package score360

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"
)

// fakeTransport answers scripted responses (or errors) in order and records every request.
type fakeTransport struct {
	mu       sync.Mutex
	answers  []any // *http.Response-ish answer or error
	requests []*http.Request
	bodies   [][]byte
}

type answer struct {
	status int
	header map[string]string
	body   any
}

func (f *fakeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var body []byte
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
	}
	f.requests = append(f.requests, req)
	f.bodies = append(f.bodies, body)
	if len(f.answers) == 0 {
		return nil, errors.New("fake transport: no answer left")
	}
	next := f.answers[0]
	f.answers = f.answers[1:]
	if err, ok := next.(error); ok {
		return nil, err
	}
	a := next.(answer)
	raw, _ := json.Marshal(a.body)
	h := http.Header{"Request-Id": {"req_test"}}
	for k, v := range a.header {
		h.Set(k, v)
	}
	return &http.Response{StatusCode: a.status, Header: h, Body: io.NopCloser(bytes.NewReader(raw)), Request: req}, nil
}

func apiError(status int, typ, code string, header map[string]string) answer {
	return answer{status: status, header: header, body: map[string]any{"error": map[string]any{"type": typ, "code": code, "message": code, "request_id": "req_err"}}}
}

var sme = map[string]any{
	"object": "sme", "sme_id": "SME_1", "name": nil, "sector": "commerce", "country": "SN",
	"identifiers": map[string]string{}, "metadata": map[string]string{},
	"flows":        map[string]any{"count": 0, "first_at": nil, "last_at": nil},
	"latest_score": nil, "created_at": "2026-01-01T00:00:00Z",
}

// fakeClient records waits instead of sleeping, with jitter fixed at the middle.
func fakeClient(f *fakeTransport, opts ...Option) (*Client, *[]time.Duration) {
	waits := &[]time.Duration{}
	opts = append([]Option{WithBaseURL("http://api.local/v1"), WithHTTPClient(&http.Client{Transport: f})}, opts...)
	c := NewClient("sk_test_abc", opts...)
	c.sleep = func(d time.Duration) <-chan time.Time {
		*waits = append(*waits, d)
		ch := make(chan time.Time, 1)
		ch <- time.Time{}
		return ch
	}
	c.jitter = func() float64 { return 0.5 }
	return c, waits
}
