"""The SDK against the real Worker, started by test/e2e/sdks.test.ts (`npm test`).

It passes SCORE360_BASE_URL, SCORE360_TEST_KEY and SCORE360_LIVE_KEY; run alone without them,
these tests are skipped (and SCORE360_CONTRACT=required turns that skip into a failure).
"""

import os
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import score360
from score360 import Score360, models, webhooks
from score360._transport import urllib_transport
from servers import LossyProxy, Receiver

BASE = os.environ.get("SCORE360_BASE_URL", "")
KEY = os.environ.get("SCORE360_TEST_KEY", "")
LIVE = os.environ.get("SCORE360_LIVE_KEY", "")

if not (BASE and KEY and LIVE):
    if os.environ.get("SCORE360_CONTRACT") == "required":
        raise RuntimeError("SCORE360_BASE_URL, SCORE360_TEST_KEY and SCORE360_LIVE_KEY are required")
    pytest.skip("no running Worker (npm test starts one and sets SCORE360_BASE_URL)", allow_module_level=True)


@pytest.fixture(scope="module")
def client():
    return Score360(KEY, base_url=BASE)


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def at(days_ago: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_score_and_history(client):
    score = client.scores.create(sme_id="SME_TEST_COMMERCE_A", window_days=90)
    assert isinstance(score, models.Score)
    assert 300 <= score.score <= 900 and score.grade in ("A", "B", "C", "D", "E")
    assert score.window_days == 90 and isinstance(score.signals, models.ScoreSignals)
    history = client.scores.retrieve("SME_TEST_COMMERCE_A")
    assert history.response.latest is not None and history.response.latest.id == score.id


def test_register_then_ingest_with_a_rejected_item(client):
    sme_id = new_id("PY")
    sme = client.smes.create(sme_id=sme_id, name="Boulangerie Ndiaye", sector="commerce", country="SN", metadata={"branch": "Dakar"})
    assert (sme.sme_id, sme.country, sme.latest_score) == (sme_id, "SN", None)
    result = client.flows.ingest(
        sme_id=sme_id,
        flows=[
            {"id": "F-1", "occurred_at": at(2), "amount": 150000, "direction": "in", "counterparty": "cp_17"},
            {"id": "F-2", "occurred_at": at(1), "amount": -5, "direction": "out"},
            {"id": "F-3", "occurred_at": at(1), "amount": 20000, "direction": "out", "channel": "mobile_money"},
        ],
    )
    assert (result.received, result.accepted, result.duplicates) == (3, 2, 0)
    assert [(r.index, r.code) for r in result.rejected] == [(1, "invalid_amount")]
    assert client.smes.retrieve(sme_id).flows.count == 2


# A camt.054 with a booked and a pending entry, shared by the SDKs' suites: {{ref}}, {{day}}, {{account}} to fill.
CAMT = (Path(__file__).resolve().parents[2] / "test-vectors" / "camt054.xml").read_text()


def camt(ref: str, day: str, account: str) -> str:
    return CAMT.replace("{{ref}}", ref).replace("{{day}}", day).replace("{{account}}", account)


def test_connectors_camt_and_pi_spi_then_cashflow(client):
    sme_id, account, alias = new_id("PY"), new_id("ACCT"), str(uuid.uuid4())
    accounts = [{"scheme": "account", "id": account}, {"scheme": "pi_spi_alias", "id": alias}]
    client.smes.create(sme_id=sme_id, sector="commerce", country="SN", accounts=accounts)
    day = at(1)[:10]
    document = camt(uuid.uuid4().hex[:12], day, account)

    # The SME is found from the account the notification names; the pending entry is rejected with its path.
    result = client.flows.ingest_camt(document)
    assert (result.sme_id, result.received, result.accepted, result.duplicates) == (sme_id, 2, 1, 0)
    assert [(r.index, r.path, r.code) for r in result.rejected] == [
        (1, "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]", "entry_not_booked")
    ]
    # Bytes work too, and the same document counts once.
    again = client.flows.ingest_camt(document.encode("utf-8"), sme_id=sme_id)
    assert (again.accepted, again.duplicates) == (0, 1)

    events = client.flows.ingest_pi_spi(
        data=[
            {"evCode": "PAIEMENT_RECU", "end2endId": f"E2E{uuid.uuid4().hex}", "montant": 45000, "alias": alias,
             "statut": "IRREVOCABLE", "dateIrrevocabilite": at(1), "payeurAlias": "+221776543210"},
            {"evCode": "RTP_RECU", "alias": alias, "montant": 1000},
        ],
        meta={"total": 2},
    )
    assert (events.sme_id, events.accepted) == (sme_id, 1)
    assert [(r.path, r.code) for r in events.rejected] == [("data[1]", "not_a_payment")]

    cashflow = client.smes.cashflow(sme_id, interval="month", periods=3)
    assert (cashflow.sme_id, cashflow.interval, len(cashflow.data)) == (sme_id, "month", 3)
    assert sum(p.inflow for p in cashflow.data) == 73500 + 45000


def test_bulk_registration_and_a_sandbox_signup(client):
    ok, bad = new_id("PY"), new_id("PY")
    result = client.smes.bulk_create(
        smes=[{"sme_id": ok, "sector": "commerce", "country": "SN"}, {"sme_id": bad, "sector": "mining", "country": "SN"}]
    )
    assert (result.received, result.created, result.duplicates) == (2, 1, 0)
    assert [(r.index, r.sme_id, r.code) for r in result.rejected] == [(1, bad, "validation_failed")]
    assert client.smes.retrieve(ok).sme_id == ok

    signup = client.sandbox.signups.create(organization="Banque Python", email=f"{new_id('py')}@bank.sn", country="SN")
    assert signup.api_key.secret.startswith("sk_test_") and signup.sandbox.mock_smes == 50
    assert len(Score360(signup.api_key.secret, base_url=BASE).smes.list(limit=100).data) == 50


def test_list_pages_through_everything(client):
    page = client.smes.list(limit=20)
    assert page.has_more and len(page.data) == 20
    ids = [sme.sme_id for sme in page]
    assert len(ids) == len(set(ids)) and len(ids) >= 50  # the sandbox's 50 mock SMEs at least
    assert len(list(page.iter_pages())) >= 3


def test_every_error_the_api_answers(client):
    with pytest.raises(score360.NotFoundError) as not_found:
        client.smes.retrieve(new_id("NOPE"))
    assert (not_found.value.status, not_found.value.code) == (404, "sme_not_found")
    assert not_found.value.request_id.startswith("req_")

    with pytest.raises(score360.InvalidRequestError) as invalid:
        client.scores.create(sme_id="SME_TEST_COMMERCE_A", window_days=10)
    assert (invalid.value.status, invalid.value.code, invalid.value.param) == (400, "validation_failed", "window_days")

    sme_id = new_id("PY")
    client.smes.create(sme_id=sme_id, sector="services", country="CI")
    with pytest.raises(score360.InvalidRequestError) as taken:
        client.smes.create(sme_id=sme_id, sector="services", country="CI")
    assert (taken.value.status, taken.value.code) == (409, "sme_already_exists")

    with pytest.raises(score360.AuthenticationError) as unknown:
        Score360("sk_test_" + "0" * 43, base_url=BASE).smes.list()
    assert (unknown.value.status, unknown.value.code) == (401, "invalid_api_key")

    viewer = client.api_keys.create(name="py viewer", role="viewer")
    with pytest.raises(score360.PermissionDeniedError) as scope:
        Score360(viewer.secret, base_url=BASE).smes.create(sme_id=new_id("PY"), sector="commerce", country="SN")
    assert (scope.value.status, scope.value.code) == (403, "insufficient_scope")

    live = Score360(LIVE, base_url=BASE, max_retries=0)
    with pytest.raises(score360.PermissionDeniedError) as live_only:
        live.sandbox.trigger_event(event="score.downgraded")
    assert live_only.value.code == "live_mode_forbidden"

    # The e2e harness holds live keys to a few requests per 10 s: a fresh key reaches 429.
    hammered = Score360(live.api_keys.create(name="py hammer", role="viewer").secret, base_url=BASE, max_retries=0)
    with pytest.raises(score360.RateLimitError) as limited:
        for _ in range(50):
            hammered.smes.list(limit=1)
    assert limited.value.code == "rate_limited" and limited.value.retry_after > 0

    with pytest.raises(score360.APIConnectionError):
        Score360(KEY, base_url="http://127.0.0.1:9/v1", max_retries=0).health.check()


def test_a_post_whose_answer_was_lost_is_retried_and_applied_once(client):
    proxy = LossyProxy(BASE, lose="/v1/smes")
    try:
        sme_id = new_id("PY")
        sme = Score360(KEY, base_url=proxy.url + "/v1").smes.create(sme_id=sme_id, sector="commerce", country="SN")
    finally:
        proxy.close()
    assert sme.sme_id == sme_id
    posts = [s for s in proxy.seen if s["method"] == "POST"]
    assert [p["status"] for p in posts] == [201, 201]
    assert posts[0]["idempotency_key"] == posts[1]["idempotency_key"]
    assert posts[1]["replayed"] == "true"  # the API answered the retry from its first run
    assert sum(1 for s in client.smes.list(limit=100) if s.sme_id == sme_id) == 1


def test_oauth_token_renewed_when_it_expires(client):
    oauth = client.oauth_clients.create(name="py sdk", role="admin")
    token_requests = []

    def counting(method, url, headers, body, timeout):
        if url.endswith("/oauth/token"):
            token_requests.append(url)
        return urllib_transport(method, url, headers, body, timeout)

    o = Score360(client_id=oauth.client_id, client_secret=oauth.client_secret, base_url=BASE, transport=counting)
    assert len(o.smes.list(limit=1).data) == 1
    assert len(o.smes.list(limit=1).data) == 1
    assert len(token_requests) == 1  # cached
    o._requester.credential._clock = lambda: time.monotonic() + 900  # 15 minutes later
    assert len(o.smes.list(limit=1).data) == 1
    assert len(token_requests) == 2  # renewed, and the new token works


def test_verifies_a_real_delivery(client):
    receiver = Receiver()
    endpoint = client.webhook_endpoints.create(url=receiver.url + "/score360", events=["*"])
    try:
        event = client.sandbox.trigger_event(event="score.downgraded", sme_id="SME_TEST_COMMERCE_C")
        headers, body = receiver.deliveries.get(timeout=60)
    finally:
        receiver.close()
        client.webhook_endpoints.delete(endpoint.id)
    verified = webhooks.verify(body, headers, endpoint.secret)
    assert verified["id"] == event.id and verified["event"] == "score.downgraded"
    with pytest.raises(score360.WebhookVerificationError):
        webhooks.verify(body.replace(b"score.downgraded", b"score.upgraded"), headers, endpoint.secret)
    with pytest.raises(score360.WebhookVerificationError):
        webhooks.verify(body, headers, "whsec_" + "A" * 44)
