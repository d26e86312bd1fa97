package webhook_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/score360/score360-go/webhook"
)

type vectors struct {
	Vectors []struct {
		Name    string            `json:"name"`
		Secret  string            `json:"secret"`
		Now     int64             `json:"now"`
		Payload string            `json:"payload"`
		Headers map[string]string `json:"headers"`
		Valid   bool              `json:"valid"`
	} `json:"vectors"`
}

// The shared vectors of every SDK, signed by the reference standardwebhooks package.
func TestSharedVectors(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "test-vectors", "webhooks.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Vectors) == 0 {
		t.Fatal("no vectors")
	}
	for _, vec := range v.Vectors {
		t.Run(vec.Name, func(t *testing.T) {
			h := http.Header{}
			for k, val := range vec.Headers {
				h.Set(k, val)
			}
			err := webhook.VerifyAt([]byte(vec.Payload), h, vec.Secret, time.Unix(vec.Now, 0), webhook.DefaultTolerance)
			if vec.Valid && err != nil {
				t.Fatalf("want valid, got %v", err)
			}
			if !vec.Valid && !errors.Is(err, webhook.ErrVerification) {
				t.Fatalf("want ErrVerification, got %v", err)
			}
		})
	}
}
