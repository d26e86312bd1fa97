"""The shared Standard Webhooks vectors (sdk/test-vectors/webhooks.json), signed by the reference library."""

import json
from pathlib import Path

import pytest

from score360 import WebhookVerificationError, webhooks

VECTORS = json.loads((Path(__file__).resolve().parents[2] / "test-vectors" / "webhooks.json").read_text())


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=[v["name"] for v in VECTORS["vectors"]])
def test_vector(vector):
    verify = lambda: webhooks.verify(vector["payload"].encode(), vector["headers"], vector["secret"], now=vector["now"])
    if vector["valid"]:
        assert verify()["id"] == vector["headers"]["webhook-id"]
    else:
        with pytest.raises(WebhookVerificationError):
            verify()


def test_headers_in_any_case_and_payload_as_str():
    v = VECTORS["vectors"][0]
    headers = {k.upper(): val for k, val in v["headers"].items()}
    assert webhooks.verify(v["payload"], headers, v["secret"], now=v["now"])["event"] == "score.downgraded"


def test_parsed_json_is_refused_with_a_hint():
    v = VECTORS["vectors"][0]
    with pytest.raises(WebhookVerificationError, match="raw request body"):
        webhooks.verify(json.loads(v["payload"]), v["headers"], v["secret"], now=v["now"])


def test_sign_matches_the_reference_signature():
    v = VECTORS["vectors"][0]
    h = v["headers"]
    assert webhooks.sign(h["webhook-id"], int(h["webhook-timestamp"]), v["payload"], v["secret"]) == h["webhook-signature"]
