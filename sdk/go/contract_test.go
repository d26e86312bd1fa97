package score360

// The SDK against the real Worker, started by test/e2e/sdks.test.ts (`npm test`), which sets
// SCORE360_BASE_URL, SCORE360_TEST_KEY and SCORE360_LIVE_KEY. Without them these tests skip
// (and SCORE360_CONTRACT=required turns the skip into a failure).

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/score360/score360-go/webhook"
)

type env struct{ base, key, live string }

func contract(t *testing.T) env {
	e := env{os.Getenv("SCORE360_BASE_URL"), os.Getenv("SCORE360_TEST_KEY"), os.Getenv("SCORE360_LIVE_KEY")}
	if e.base == "" || e.key == "" || e.live == "" {
		if os.Getenv("SCORE360_CONTRACT") == "required" {
			t.Fatal("SCORE360_BASE_URL, SCORE360_TEST_KEY and SCORE360_LIVE_KEY are required")
		}
		t.Skip("no running Worker (npm test starts one and sets SCORE360_BASE_URL)")
	}
	return e
}

func newID(prefix string) string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return prefix + "_" + hex.EncodeToString(b)
}

func ago(d time.Duration) string { return time.Now().UTC().Add(-d).Format(time.RFC3339) }

func apiErr(t *testing.T, err error, status int, code string) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Status != status || e.Code != code || !strings.HasPrefix(e.RequestID, "req_") {
		t.Fatalf("want %d %s, got %v", status, code, err)
	}
	return e
}

func TestContractScore(t *testing.T) {
	e := contract(t)
	c := NewClient(e.key, WithBaseURL(e.base))
	ctx := context.Background()
	s, err := c.Scores.Create(ctx, &ScoreCreateParams{SmeID: "SME_TEST_COMMERCE_A", WindowDays: Int(90)})
	if err != nil {
		t.Fatal(err)
	}
	if s.Score < 300 || s.Score > 900 || !strings.Contains("ABCDE", s.Grade) || s.WindowDays != 90 {
		t.Fatalf("%+v", s)
	}
	h, err := c.Scores.RetrievePage(ctx, "SME_TEST_COMMERCE_A", nil)
	if err != nil || h.Latest == nil || h.Latest.ID != s.ID {
		t.Fatal(h, err)
	}
}

func TestContractRegisterAndIngest(t *testing.T) {
	e := contract(t)
	c := NewClient(e.key, WithBaseURL(e.base))
	ctx := context.Background()
	id := newID("GO")
	sme, err := c.SMEs.Create(ctx, &SMECreateParams{SmeID: id, Name: String("Quincaillerie Traoré"), Sector: "commerce", Country: "ML"})
	if err != nil || sme.SmeID != id || sme.LatestScore != nil {
		t.Fatal(sme, err)
	}
	res, err := c.Flows.Ingest(ctx, &FlowIngestParams{SmeID: id, Flows: []Flow{
		{ID: "F-1", OccurredAt: ago(48 * time.Hour), Amount: 150000, Direction: "in", Counterparty: String("cp_17")},
		{ID: "F-2", OccurredAt: ago(24 * time.Hour), Amount: -5, Direction: "out"},
		{ID: "F-3", OccurredAt: ago(24 * time.Hour), Amount: 20000, Direction: "out", Channel: String("mobile_money")},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Received != 3 || res.Accepted != 2 || len(res.Rejected) != 1 || res.Rejected[0].Index != 1 || res.Rejected[0].Code != "invalid_amount" {
		t.Fatalf("%+v", res)
	}
	got, err := c.SMEs.Retrieve(ctx, id)
	if err != nil || got.Flows.Count != 2 {
		t.Fatal(got, err)
	}
}

func TestContractPagination(t *testing.T) {
	e := contract(t)
	c := NewClient(e.key, WithBaseURL(e.base))
	seen := map[string]bool{}
	it := c.SMEs.List(context.Background(), &SMEListParams{Limit: Int(20)})
	n := 0
	for it.Next() {
		seen[it.Current().SmeID] = true
		n++
	}
	if it.Err() != nil || n < 50 || len(seen) != n {
		t.Fatalf("%d items, %d distinct, err %v", n, len(seen), it.Err())
	}
}

func TestContractErrors(t *testing.T) {
	e := contract(t)
	c := NewClient(e.key, WithBaseURL(e.base))
	ctx := context.Background()
	_, err := c.SMEs.Retrieve(ctx, newID("NOPE"))
	if apiErr(t, err, 404, "sme_not_found").Type != ErrorTypeInvalidRequest {
		t.Fatal(err)
	}
	_, err = c.Scores.Create(ctx, &ScoreCreateParams{SmeID: "SME_TEST_COMMERCE_A", WindowDays: Int(10)})
	if apiErr(t, err, 400, "validation_failed").Param != "window_days" {
		t.Fatal(err)
	}
	id := newID("GO")
	if _, err := c.SMEs.Create(ctx, &SMECreateParams{SmeID: id, Sector: "services", Country: "CI"}); err != nil {
		t.Fatal(err)
	}
	_, err = c.SMEs.Create(ctx, &SMECreateParams{SmeID: id, Sector: "services", Country: "CI"})
	apiErr(t, err, 409, "sme_already_exists")
	_, err = NewClient("sk_test_"+strings.Repeat("0", 43), WithBaseURL(e.base)).SMEs.ListPage(ctx, nil)
	if apiErr(t, err, 401, "invalid_api_key").Type != ErrorTypeAuthentication {
		t.Fatal(err)
	}
	viewer, err := c.APIKeys.Create(ctx, &APIKeyCreateParams{Name: "go viewer", Role: "viewer"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = NewClient(viewer.Secret, WithBaseURL(e.base)).SMEs.Create(ctx, &SMECreateParams{SmeID: newID("GO"), Sector: "commerce", Country: "SN"})
	if apiErr(t, err, 403, "insufficient_scope").Type != ErrorTypePermission {
		t.Fatal(err)
	}
	live := NewClient(e.live, WithBaseURL(e.base), WithMaxRetries(0))
	_, err = live.Sandbox.TriggerEvent(ctx, &SandboxTriggerEventParams{Event: "score.downgraded"})
	apiErr(t, err, 403, "live_mode_forbidden")
	// The e2e harness holds live keys to a few requests per 10 s: a fresh key reaches 429.
	fresh, err := live.APIKeys.Create(ctx, &APIKeyCreateParams{Name: "go hammer", Role: "viewer"})
	if err != nil {
		t.Fatal(err)
	}
	hammered := NewClient(fresh.Secret, WithBaseURL(e.base), WithMaxRetries(0))
	for i := 0; i < 50; i++ {
		if _, err = hammered.SMEs.ListPage(ctx, &SMEListParams{Limit: Int(1)}); err != nil {
			break
		}
	}
	if rl := apiErr(t, err, 429, "rate_limited"); rl.Type != ErrorTypeRateLimit || rl.RetryAfter() <= 0 {
		t.Fatal(err)
	}
	_, err = NewClient(e.key, WithBaseURL("http://127.0.0.1:9/v1"), WithMaxRetries(0)).Health.Check(ctx)
	var ce *ConnectionError
	if !errors.As(err, &ce) {
		t.Fatal(err)
	}
}

func TestContractLostAnswerRetriedAndAppliedOnce(t *testing.T) {
	e := contract(t)
	proxy := newLossyProxy(e.base, "/v1/smes")
	defer proxy.Close()
	ctx := context.Background()
	id := newID("GO")
	sme, err := NewClient(e.key, WithBaseURL(proxy.URL+"/v1")).SMEs.Create(ctx, &SMECreateParams{SmeID: id, Sector: "commerce", Country: "SN"})
	if err != nil || sme.SmeID != id {
		t.Fatal(sme, err)
	}
	proxy.mu.Lock()
	seen := append([]seenRequest(nil), proxy.seen...)
	proxy.mu.Unlock()
	if len(seen) != 2 || seen[0].status != 201 || seen[1].status != 201 || seen[0].idempotencyKey != seen[1].idempotencyKey || seen[1].replayed != "true" {
		t.Fatalf("%+v", seen)
	}
	n := 0
	it := NewClient(e.key, WithBaseURL(e.base)).SMEs.List(ctx, &SMEListParams{Limit: Int(100)})
	for it.Next() {
		if it.Current().SmeID == id {
			n++
		}
	}
	if it.Err() != nil || n != 1 {
		t.Fatal(n, it.Err())
	}
}

type countingTransport struct{ tokens int }

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if strings.HasSuffix(r.URL.Path, "/oauth/token") {
		c.tokens++
	}
	return http.DefaultTransport.RoundTrip(r)
}

func TestContractOAuthRenewal(t *testing.T) {
	e := contract(t)
	ctx := context.Background()
	created, err := NewClient(e.key, WithBaseURL(e.base)).OAuthClients.Create(ctx, &OAuthClientCreateParams{Name: "go sdk", Role: "admin"})
	if err != nil {
		t.Fatal(err)
	}
	counter := &countingTransport{}
	o := NewClient("", WithBaseURL(e.base), WithHTTPClient(&http.Client{Transport: counter}), WithClientCredentials(created.ClientID, created.ClientSecret, ""))
	for i := 0; i < 2; i++ {
		if _, err := o.SMEs.ListPage(ctx, &SMEListParams{Limit: Int(1)}); err != nil {
			t.Fatal(err)
		}
	}
	if counter.tokens != 1 {
		t.Fatalf("%d token requests, want 1 (cached)", counter.tokens)
	}
	o.oauth.now = func() time.Time { return time.Now().Add(15 * time.Minute) }
	if _, err := o.SMEs.ListPage(ctx, &SMEListParams{Limit: Int(1)}); err != nil {
		t.Fatal(err)
	}
	if counter.tokens != 2 {
		t.Fatalf("%d token requests, want 2 (renewed)", counter.tokens)
	}
}

func TestContractVerifiesARealDelivery(t *testing.T) {
	e := contract(t)
	c := NewClient(e.key, WithBaseURL(e.base))
	ctx := context.Background()
	srv, got := newReceiver()
	defer srv.Close()
	ep, err := c.WebhookEndpoints.Create(ctx, &WebhookEndpointCreateParams{URL: srv.URL + "/score360", Events: []string{"*"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.WebhookEndpoints.Delete(ctx, ep.ID)
	ev, err := c.Sandbox.TriggerEvent(ctx, &SandboxTriggerEventParams{Event: "score.downgraded", SmeID: String("SME_TEST_COMMERCE_C")})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case d := <-got:
		if err := webhook.Verify(d.body, d.header, ep.Secret); err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(d.body, []byte(ev.ID)) {
			t.Fatalf("delivered %s, triggered %s", d.body, ev.ID)
		}
		tampered := bytes.Replace(d.body, []byte("score.downgraded"), []byte("score.upgraded"), 1)
		if err := webhook.Verify(tampered, d.header, ep.Secret); !errors.Is(err, webhook.ErrVerification) {
			t.Fatal("tampered body verified")
		}
	case <-time.After(60 * time.Second):
		t.Fatal("no delivery within 60 s")
	}
}

// camt fills the shared camt.054 (sdk/test-vectors/camt054.xml): a booked and a pending entry.
func camt(t *testing.T, ref, day, account string) []byte {
	t.Helper()
	template, err := os.ReadFile("../test-vectors/camt054.xml")
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.NewReplacer("{{ref}}", ref, "{{day}}", day, "{{account}}", account).Replace(string(template)))
}

func TestContractConnectorsThenCashflow(t *testing.T) {
	e := contract(t)
	c := NewClient(e.key, WithBaseURL(e.base))
	ctx := context.Background()
	id, account, alias := newID("GO"), newID("ACCT"), newID("alias")
	_, err := c.SMEs.Create(ctx, &SMECreateParams{SmeID: id, Sector: "commerce", Country: "SN", Accounts: []SmeAccount{
		{Scheme: "account", ID: account},
		{Scheme: "pi_spi_alias", ID: alias},
	}})
	if err != nil {
		t.Fatal(err)
	}
	document := camt(t, newID("ref"), ago(24 * time.Hour)[:10], account)

	// The SME is found from the account the notification names; the pending entry is rejected with its path.
	res, err := c.Flows.IngestCamt(ctx, document, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.SmeID != id || res.Received != 2 || res.Accepted != 1 || res.Duplicates != 0 || len(res.Rejected) != 1 {
		t.Fatalf("%+v", res)
	}
	if r := res.Rejected[0]; r.Index != 1 || r.Path == nil || *r.Path != "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]" || r.Code != "entry_not_booked" {
		t.Fatalf("%+v", r)
	}
	again, err := c.Flows.IngestCamt(ctx, document, &FlowIngestCamtParams{SmeID: String(id)})
	if err != nil || again.Accepted != 0 || again.Duplicates != 1 {
		t.Fatal(again, err)
	}

	events, err := c.Flows.IngestPiSpi(ctx, &FlowIngestPiSpiParams{Data: []PiSpiEvent{
		{EvCode: "PAIEMENT_RECU", End2endID: String(newID("E2E")), Montant: Float(45000), Alias: String(alias),
			Statut: String("IRREVOCABLE"), DateIrrevocabilite: String(ago(24 * time.Hour)), PayeurAlias: String("+221776543210")},
		{EvCode: "RTP_RECU", Alias: String(alias), Montant: Float(1000)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if events.SmeID != id || events.Accepted != 1 || len(events.Rejected) != 1 || *events.Rejected[0].Path != "data[1]" || events.Rejected[0].Code != "not_a_payment" {
		t.Fatalf("%+v", events)
	}

	cashflow, err := c.SMEs.Cashflow(ctx, id, &SMECashflowParams{Interval: String("month"), Periods: Int(3)})
	if err != nil || cashflow.SmeID != id || cashflow.Interval != "month" || len(cashflow.Data) != 3 {
		t.Fatal(cashflow, err)
	}
	var inflow int64
	for _, p := range cashflow.Data {
		inflow += p.Inflow
	}
	if inflow != 73500+45000 {
		t.Fatalf("inflow %d", inflow)
	}
}

func TestContractBulkRegistrationAndSignup(t *testing.T) {
	e := contract(t)
	c := NewClient(e.key, WithBaseURL(e.base))
	ctx := context.Background()
	ok, bad := newID("GO"), newID("GO")
	res, err := c.SMEs.BulkCreate(ctx, &SMEBulkCreateParams{Smes: []CreateSme{
		{SmeID: ok, Sector: "commerce", Country: "SN"},
		{SmeID: bad, Sector: "mining", Country: "SN"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Received != 2 || res.Created != 1 || res.Duplicates != 0 || len(res.Rejected) != 1 {
		t.Fatalf("%+v", res)
	}
	if r := res.Rejected[0]; r.Index != 1 || r.SmeID == nil || *r.SmeID != bad || r.Code != "validation_failed" {
		t.Fatalf("%+v", r)
	}
	if got, err := c.SMEs.Retrieve(ctx, ok); err != nil || got.SmeID != ok {
		t.Fatal(got, err)
	}

	signup, err := c.Sandbox.Signups.Create(ctx, &SandboxSignupCreateParams{Organization: "Banque Go", Email: newID("go") + "@bank.ml", Country: "ML"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(signup.APIKey.Secret, "sk_test_") || signup.Sandbox.MockSmes != 50 {
		t.Fatalf("%+v", signup)
	}
	page, err := NewClient(signup.APIKey.Secret, WithBaseURL(e.base)).SMEs.ListPage(ctx, &SMEListParams{Limit: Int(100)})
	if err != nil || len(page.Data) != 50 {
		t.Fatal(err)
	}
}
