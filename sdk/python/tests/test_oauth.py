"""OAuth2 client credentials offline: one token while it is fresh, a new one near expiry or when refused."""

import json

import pytest

import score360
from score360 import Score360
from fakes import SME, FakeTransport, error, ok


def token(n: int):
    return ok({"access_token": f"tok{n}", "token_type": "Bearer", "expires_in": 900, "scope": "smes:read"})


def oauth_client(t, now):
    c = Score360(client_id="cli_1", client_secret="s3cret", base_url="http://api.local/v1", transport=t)
    c._requester.credential._clock = lambda: now[0]
    c._requester.sleep = lambda s: None
    return c


def test_token_is_fetched_once_cached_and_renewed_before_expiry():
    now = [1000.0]
    t = FakeTransport(token(1), ok(SME), ok(SME), token(2), ok(SME))
    c = oauth_client(t, now)
    c.smes.retrieve("SME_1")
    now[0] += 800  # still 100 s left: cached
    c.smes.retrieve("SME_1")
    now[0] += 60  # 40 s left, inside the renewal margin
    c.smes.retrieve("SME_1")
    urls = [r["url"].rsplit("/v1", 1)[1] for r in t.requests]
    assert urls == ["/oauth/token", "/smes/SME_1", "/smes/SME_1", "/oauth/token", "/smes/SME_1"]
    assert json.loads(t.requests[0]["body"]) == {"grant_type": "client_credentials", "client_id": "cli_1", "client_secret": "s3cret"}
    assert "Authorization" not in t.requests[0]["headers"]
    assert [r["headers"].get("Authorization") for r in t.requests[1:3]] == ["Bearer tok1", "Bearer tok1"]
    assert t.requests[4]["headers"]["Authorization"] == "Bearer tok2"


def test_a_refused_token_is_renewed_once():
    t = FakeTransport(token(1), error(401, "authentication_error", "invalid_token"), token(2), ok(SME))
    assert oauth_client(t, [0.0]).smes.retrieve("SME_1").sme_id == "SME_1"
    assert t.requests[3]["headers"]["Authorization"] == "Bearer tok2"


def test_bad_client_credentials_raise_authentication_error():
    refused = score360.Response(401, {}, json.dumps({"error": "invalid_client", "error_description": "Unknown client."}).encode())
    with pytest.raises(score360.AuthenticationError) as raised:
        oauth_client(FakeTransport(refused), [0.0]).smes.retrieve("SME_1")
    assert raised.value.code == "invalid_client" and raised.value.status == 401


def test_api_key_and_oauth_are_exclusive():
    with pytest.raises(ValueError):
        Score360("sk_test_abc", client_id="cli_1", client_secret="x")
