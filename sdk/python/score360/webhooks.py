"""Standard Webhooks verification (https://www.standardwebhooks.com/) of SCORE360 deliveries."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any, Mapping, Optional, Union

from ._errors import WebhookVerificationError

DEFAULT_TOLERANCE_SECONDS = 300
_PREFIX = "whsec_"

__all__ = ["verify", "sign", "WebhookVerificationError", "DEFAULT_TOLERANCE_SECONDS"]


def _key(secret: str) -> bytes:
    raw = secret[len(_PREFIX) :] if secret.startswith(_PREFIX) else secret
    try:
        return base64.b64decode(raw, validate=True)
    except ValueError as cause:
        raise WebhookVerificationError("The secret is not a whsec_… webhook secret.") from cause


def sign(msg_id: str, timestamp: int, payload: Union[bytes, str], secret: str) -> str:
    """The ``v1,…`` signature of a message, as the API computes it."""
    body = payload.encode("utf-8") if isinstance(payload, str) else payload
    signed = f"{msg_id}.{timestamp}.".encode("utf-8") + body
    return "v1," + base64.b64encode(hmac.new(_key(secret), signed, hashlib.sha256).digest()).decode("ascii")


def verify(
    payload: Union[bytes, str],
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
    now: Optional[float] = None,
) -> Any:
    """Checks a delivery and returns its parsed event.

    ``payload`` is the raw request body exactly as received; ``headers`` any mapping of the
    request's headers (names in any case). Raises WebhookVerificationError when the signature
    does not match any of ``webhook-signature``'s, or the timestamp is more than ``tolerance``
    seconds away from now.
    """
    if not isinstance(payload, (bytes, bytearray, str)):
        raise WebhookVerificationError(
            "Pass the raw request body (bytes or str), not parsed JSON: re-serialising changes the bytes that were signed."
        )
    lowered = {k.lower(): v for k, v in headers.items()}
    msg_id = lowered.get("webhook-id")
    stamp = lowered.get("webhook-timestamp")
    signatures = lowered.get("webhook-signature")
    if not msg_id or not stamp or not signatures:
        raise WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header.")
    try:
        timestamp = int(stamp)
    except ValueError as cause:
        raise WebhookVerificationError("webhook-timestamp is not a number of seconds.") from cause
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise WebhookVerificationError("webhook-timestamp is outside the tolerance: a stale or replayed message.")
    body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    expected = sign(msg_id, timestamp, body, secret).split(",", 1)[1].encode("ascii")
    for candidate in signatures.split(" "):
        version, _, value = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(value.encode("ascii", "replace"), expected):
            return json.loads(body.decode("utf-8"))
    raise WebhookVerificationError("No signature matches: wrong secret, or the body was changed (pass the raw body).")
