package score360

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type delivery struct {
	header http.Header
	body   []byte
}

// newReceiver receives webhook deliveries on 127.0.0.1.
func newReceiver() (*httptest.Server, chan delivery) {
	got := make(chan delivery, 16)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		got <- delivery{r.Header.Clone(), body}
		w.WriteHeader(http.StatusNoContent)
	}))
	return srv, got
}

type seenRequest struct {
	method, path, idempotencyKey, replayed string
	status                                 int
}

// lossyProxy forwards to the API; the first POST to lose reaches it, but its answer is replaced
// by a 502: what a client sees when a gateway dies after the server did the work.
type lossyProxy struct {
	*httptest.Server
	mu   sync.Mutex
	seen []seenRequest
}

func newLossyProxy(upstream, lose string) *lossyProxy {
	p := &lossyProxy{}
	origin := strings.TrimSuffix(upstream, "/v1")
	lost := false
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		req, _ := http.NewRequest(r.Method, origin+r.URL.RequestURI(), bytes.NewReader(body))
		req.Header = r.Header.Clone()
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		data, _ := io.ReadAll(resp.Body)
		p.mu.Lock()
		p.seen = append(p.seen, seenRequest{r.Method, r.URL.Path, r.Header.Get("Idempotency-Key"), resp.Header.Get("Idempotent-Replayed"), resp.StatusCode})
		drop := r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, lose) && !lost
		lost = lost || drop
		p.mu.Unlock()
		if drop {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		for k, v := range resp.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(resp.StatusCode)
		_, _ = w.Write(data)
	}))
	return p
}
