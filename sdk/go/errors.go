package score360

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// The error types the API answers with (Error.Type).
const (
	ErrorTypeInvalidRequest = "invalid_request_error"
	ErrorTypeAuthentication = "authentication_error"
	ErrorTypePermission     = "permission_error"
	ErrorTypeConflict       = "conflict_error"
	ErrorTypeRateLimit      = "rate_limit_error"
	ErrorTypeAPI            = "api_error"
)

// Error is an answer of the API with a status of 400 or more. Use errors.As to get it.
type Error struct {
	Status    int
	Type      string
	Code      string
	Message   string
	Param     string
	RequestID string
	Header    http.Header
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("score360: %d %s: %s", e.Status, e.Code, e.Message)
	if e.RequestID != "" {
		msg += " (request " + e.RequestID + ")"
	}
	return msg
}

// RetryAfter is the wait a 429 or 503 asked for, zero when it did not say.
func (e *Error) RetryAfter() time.Duration {
	d, _ := retryAfter(e.Header)
	return d
}

// ConnectionError is a call that got no answer: the connection failed, or the timeout passed.
type ConnectionError struct {
	Err     error
	Timeout bool
}

func (e *ConnectionError) Error() string {
	if e.Timeout {
		return "score360: no answer within the timeout: " + e.Err.Error()
	}
	return "score360: connection failed: " + e.Err.Error()
}

func (e *ConnectionError) Unwrap() error { return e.Err }

// errorFromResponse reads the API's error body, or the OAuth token endpoint's (RFC 6749).
func errorFromResponse(status int, header http.Header, body []byte) *Error {
	e := &Error{Status: status, Header: header, RequestID: header.Get("Request-Id")}
	var api struct {
		Error json.RawMessage `json:"error"`
		Desc  string          `json:"error_description"`
	}
	if json.Unmarshal(body, &api) == nil && len(api.Error) > 0 {
		var detail struct {
			Type      string `json:"type"`
			Code      string `json:"code"`
			Message   string `json:"message"`
			Param     string `json:"param"`
			RequestID string `json:"request_id"`
		}
		if json.Unmarshal(api.Error, &detail) == nil {
			e.Type, e.Code, e.Message, e.Param = detail.Type, detail.Code, detail.Message, detail.Param
			if detail.RequestID != "" {
				e.RequestID = detail.RequestID
			}
			return e
		}
		var code string
		if json.Unmarshal(api.Error, &code) == nil {
			e.Code, e.Message = code, api.Desc
			e.Type = ErrorTypeAuthentication
			if status == http.StatusTooManyRequests {
				e.Type = ErrorTypeRateLimit
			}
			return e
		}
	}
	e.Message = http.StatusText(status)
	e.Type = typeForStatus(status)
	return e
}

func typeForStatus(status int) string {
	switch {
	case status == 401:
		return ErrorTypeAuthentication
	case status == 403:
		return ErrorTypePermission
	case status == 409:
		return ErrorTypeConflict
	case status == 429:
		return ErrorTypeRateLimit
	case status >= 500:
		return ErrorTypeAPI
	}
	return ErrorTypeInvalidRequest
}

func retryAfter(h http.Header) (time.Duration, bool) {
	v := h.Get("Retry-After")
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil && secs >= 0 {
		return time.Duration(secs * float64(time.Second)), true
	}
	if at, err := http.ParseTime(v); err == nil {
		if d := time.Until(at); d > 0 {
			return d, true
		}
		return 0, true
	}
	return 0, false
}
