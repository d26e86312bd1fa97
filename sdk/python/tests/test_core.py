"""The request core offline, on a scripted transport: retries, backoff, idempotency, errors."""

import json
import socket
import threading

import pytest

import score360
from score360 import Score360
from fakes import SME, FakeTransport, error, ok, reset


def client(transport, **options):
    c = Score360("sk_test_abc", base_url="http://api.local/v1", transport=transport, **options)
    c._requester.sleep = waits.append  # record backoff instead of sleeping
    c._requester.random = lambda: 0.5
    return c


waits = []


@pytest.fixture(autouse=True)
def clear_waits():
    waits.clear()


def test_sends_key_user_agent_and_json():
    t = FakeTransport(ok(SME, 201))
    client(t).smes.create(sme_id="SME_1", sector="commerce", country="SN")
    sent = t.requests[0]
    assert sent["method"] == "POST" and sent["url"] == "http://api.local/v1/smes"
    assert sent["headers"]["Authorization"] == "Bearer sk_test_abc"
    assert sent["headers"]["User-Agent"].startswith(f"score360-python/{score360.VERSION}")
    assert json.loads(sent["body"]) == {"sme_id": "SME_1", "sector": "commerce", "country": "SN"}


def test_base_url_from_environment(monkeypatch):
    monkeypatch.setenv("SCORE360_BASE_URL", "http://env.local/v1/")
    t = FakeTransport(ok({"keys": []}))
    c = Score360("sk_test_abc", transport=t)
    assert c.base_url == "http://env.local/v1"
    c.jwks.retrieve()
    assert t.requests[0]["url"] == "http://env.local/.well-known/jwks.json"


def test_default_base_url(monkeypatch):
    monkeypatch.delenv("SCORE360_BASE_URL", raising=False)
    assert Score360("sk_test_abc").base_url == "https://api.score360.africa/v1"


def test_retries_5xx_and_network_errors_with_one_idempotency_key():
    t = FakeTransport(error(503, "api_error", "service_unavailable"), reset(), ok(SME, 201))
    sme = client(t).smes.create(sme_id="SME_1", sector="commerce", country="SN")
    assert sme.sme_id == "SME_1"
    keys = {r["headers"]["Idempotency-Key"] for r in t.requests}
    assert len(t.requests) == 3 and len(keys) == 1
    assert waits == [0.375, 0.75]  # 0.5 s then 1 s ceilings, upper half at random()=0.5


def test_sends_a_camt_document_as_it_is_the_same_bytes_on_each_retry():
    ingestion = {"object": "flow_ingestion", "sme_id": "SME_1", "received": 1, "accepted": 1, "duplicates": 0, "rejected": []}
    t = FakeTransport(error(503, "api_error", "service_unavailable"), ok(ingestion), ok(ingestion))
    xml = '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">caf\u00e9</Document>'
    assert client(t).flows.ingest_camt(xml, sme_id="SME_1").accepted == 1
    assert [(r["url"], r["body"], r["headers"]["Content-Type"]) for r in t.requests] == [
        ("http://api.local/v1/connect/camt?sme_id=SME_1", xml.encode("utf-8"), "application/xml")
    ] * 2
    assert len({r["headers"]["Idempotency-Key"] for r in t.requests}) == 1
    client(t).flows.ingest_camt(b"<Document/>")
    assert (t.requests[2]["url"], t.requests[2]["body"]) == ("http://api.local/v1/connect/camt", b"<Document/>")


def test_each_call_gets_its_own_idempotency_key_unless_given():
    t = FakeTransport(ok(SME, 201), ok(SME, 201), ok(SME, 201))
    c = client(t)
    for _ in range(2):
        c.smes.create(sme_id="SME_1", sector="commerce", country="SN")
    c.smes.create(sme_id="SME_1", sector="commerce", country="SN", idempotency_key="mine")
    keys = [r["headers"]["Idempotency-Key"] for r in t.requests]
    assert keys[0] != keys[1] and keys[2] == "mine"


def test_get_has_no_idempotency_key():
    t = FakeTransport(ok(SME))
    client(t).smes.retrieve("SME 1/x")
    assert "Idempotency-Key" not in t.requests[0]["headers"]
    assert t.requests[0]["url"] == "http://api.local/v1/smes/SME%201%2Fx"


def test_honours_retry_after_on_429():
    t = FakeTransport(error(429, "rate_limit_error", "rate_limited", **{"retry-after": "7"}), ok(SME))
    client(t).smes.retrieve("SME_1")
    assert waits == [7.0]


def test_retries_409_idempotency_in_progress_but_not_other_409s():
    t = FakeTransport(error(409, "conflict_error", "idempotency_in_progress"), ok(SME, 201))
    client(t).smes.create(sme_id="SME_1", sector="commerce", country="SN")
    assert len(t.requests) == 2
    t = FakeTransport(error(409, "invalid_request_error", "sme_already_exists"))
    with pytest.raises(score360.InvalidRequestError) as raised:
        client(t).smes.create(sme_id="SME_1", sector="commerce", country="SN")
    assert raised.value.code == "sme_already_exists" and raised.value.status == 409
    assert len(t.requests) == 1


def test_gives_up_after_max_retries():
    t = FakeTransport(*[error(500, "api_error", "internal_error") for _ in range(4)])
    with pytest.raises(score360.APIError) as raised:
        client(t, max_retries=3).smes.retrieve("SME_1")
    assert raised.value.status == 500 and raised.value.request_id == "req_err"
    assert len(t.requests) == 4 and waits == [0.375, 0.75, 1.5]


def test_backoff_is_capped_and_jittered():
    c = client(FakeTransport())
    c._requester.random = lambda: 0.0
    assert c._requester._backoff(10) == 4.0
    c._requester.random = lambda: 0.999
    assert 7.99 < c._requester._backoff(10) <= 8.0


def test_a_long_retry_after_is_returned_not_waited():
    t = FakeTransport(error(429, "rate_limit_error", "rate_limited", **{"retry-after": "3600"}))
    with pytest.raises(score360.RateLimitError) as raised:
        client(t).smes.retrieve("SME_1")
    assert raised.value.retry_after == 3600.0 and waits == []


@pytest.mark.parametrize(
    "status,type_,code,cls",
    [
        (400, "invalid_request_error", "validation_failed", score360.InvalidRequestError),
        (404, "invalid_request_error", "sme_not_found", score360.NotFoundError),
        (401, "authentication_error", "invalid_api_key", score360.AuthenticationError),
        (403, "permission_error", "insufficient_scope", score360.PermissionDeniedError),
        (409, "conflict_error", "idempotency_in_progress", score360.ConflictError),
        (429, "rate_limit_error", "rate_limited", score360.RateLimitError),
        (500, "api_error", "internal_error", score360.APIError),
    ],
)
def test_error_classes(status, type_, code, cls):
    t = FakeTransport(*[error(status, type_, code) for _ in range(3)])
    with pytest.raises(cls) as raised:
        client(t).smes.retrieve("SME_1")
    assert isinstance(raised.value, score360.Score360Error)
    assert (raised.value.status, raised.value.code, raised.value.request_id) == (status, code, "req_err")


def test_network_failure_after_retries_is_a_connection_error():
    t = FakeTransport(reset(), reset(), reset())
    with pytest.raises(score360.APIConnectionError):
        client(t).smes.retrieve("SME_1")
    assert len(t.requests) == 3


def test_timeout_against_a_server_that_never_answers():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                held.append(server.accept()[0])  # accept, then never answer
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    try:
        c = Score360("sk_test_abc", base_url=f"http://127.0.0.1:{server.getsockname()[1]}/v1", timeout=0.2, max_retries=1)
        c._requester.sleep = waits.append
        with pytest.raises(score360.APITimeoutError):
            c.smes.retrieve("SME_1")
        assert len(waits) == 1  # the timeout was retried once
    finally:
        stop.set()
        server.close()
        for conn in held:
            conn.close()


def test_list_pages_through_every_page():
    page = lambda ids, cursor: ok({"object": "list", "data": [{**SME, "sme_id": i} for i in ids], "has_more": cursor is not None, "next_cursor": cursor})
    t = FakeTransport(page(["a", "b"], "c1"), page(["c", "d"], "c2"), page(["e"], None))
    assert [s.sme_id for s in client(t).smes.list(limit=2, sector="commerce")] == ["a", "b", "c", "d", "e"]
    assert [r["url"] for r in t.requests] == [
        "http://api.local/v1/smes?limit=2&sector=commerce",
        "http://api.local/v1/smes?limit=2&sector=commerce&cursor=c1",
        "http://api.local/v1/smes?limit=2&sector=commerce&cursor=c2",
    ]
