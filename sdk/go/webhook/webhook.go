// Package webhook verifies SCORE360 webhook deliveries, signed per Standard Webhooks
// (https://www.standardwebhooks.com/).
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// DefaultTolerance is how far a delivery's timestamp may be from now.
const DefaultTolerance = 5 * time.Minute

// ErrVerification is wrapped by every verification failure.
var ErrVerification = errors.New("webhook verification failed")

func fail(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrVerification, fmt.Sprintf(format, args...))
}

// Verify checks a delivery against the endpoint's secret (whsec_…) at the current time, with
// DefaultTolerance. payload is the raw request body exactly as received: parsing and
// re-encoding the JSON changes the bytes that were signed.
func Verify(payload []byte, header http.Header, secret string) error {
	return VerifyAt(payload, header, secret, time.Now(), DefaultTolerance)
}

// VerifyAt is Verify at a given time and tolerance.
func VerifyAt(payload []byte, header http.Header, secret string, now time.Time, tolerance time.Duration) error {
	id, stamp, signatures := header.Get("Webhook-Id"), header.Get("Webhook-Timestamp"), header.Get("Webhook-Signature")
	if id == "" || stamp == "" || signatures == "" {
		return fail("missing webhook-id, webhook-timestamp or webhook-signature header")
	}
	ts, err := strconv.ParseInt(stamp, 10, 64)
	if err != nil {
		return fail("webhook-timestamp is not a number of seconds")
	}
	if d := now.Sub(time.Unix(ts, 0)); d > tolerance || d < -tolerance {
		return fail("webhook-timestamp is outside the tolerance: a stale or replayed message")
	}
	expected, err := Sign(id, ts, payload, secret)
	if err != nil {
		return err
	}
	want := []byte(strings.TrimPrefix(expected, "v1,"))
	for _, candidate := range strings.Split(signatures, " ") {
		version, value, _ := strings.Cut(candidate, ",")
		if version == "v1" && hmac.Equal([]byte(value), want) {
			return nil
		}
	}
	return fail("no signature matches: wrong secret, or the body was changed (pass the raw body)")
}

// Sign computes the v1 signature of a message, as the API does.
func Sign(id string, timestamp int64, payload []byte, secret string) (string, error) {
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, "whsec_"))
	if err != nil {
		return "", fail("the secret is not a whsec_… webhook secret")
	}
	mac := hmac.New(sha256.New, key)
	fmt.Fprintf(mac, "%s.%d.", id, timestamp)
	mac.Write(payload)
	return "v1," + base64.StdEncoding.EncodeToString(mac.Sum(nil)), nil
}
