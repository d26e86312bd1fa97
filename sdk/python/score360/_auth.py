"""Credentials: an API key as is, or OAuth2 client credentials exchanged for cached tokens."""

from __future__ import annotations

import json
import threading
import time
from typing import Callable, Optional

from ._errors import error_from_response
from ._transport import Response

# Renew this long before the token's expiry so a request never leaves with a dying token.
RENEW_MARGIN_SECONDS = 60.0


class ClientCredentials:
    """Exchanges an OAuth2 client's id and secret for access tokens, cached until near expiry."""

    def __init__(self, client_id: str, client_secret: str, scope: Optional[str] = None) -> None:
        self.client_id = client_id
        self._secret = client_secret
        self.scope = scope
        self._token: Optional[str] = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._clock: Callable[[], float] = time.monotonic

    def bearer(self, fetch: Callable[[bytes], Response]) -> str:
        with self._lock:
            if self._token is None or self._clock() >= self._expires_at - RENEW_MARGIN_SECONDS:
                self._renew(fetch)
            assert self._token is not None
            return self._token

    def invalidate(self, token: str) -> None:
        """Forget ``token`` (refused by the API), unless another thread already replaced it."""
        with self._lock:
            if self._token == token:
                self._token = None

    def _renew(self, fetch: Callable[[bytes], Response]) -> None:
        body = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._secret}
        if self.scope:
            body["scope"] = self.scope
        started = self._clock()
        answer = fetch(json.dumps(body).encode("utf-8"))
        if answer.status != 200:
            raise error_from_response(answer.status, answer.headers, answer.body)
        token = json.loads(answer.body.decode("utf-8"))
        self._token = str(token["access_token"])
        self._expires_at = started + float(token["expires_in"])
