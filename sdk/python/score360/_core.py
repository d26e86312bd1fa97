"""The request core: URL building, credentials, retries with jittered backoff, idempotency."""

from __future__ import annotations

import json
import os
import platform
import random
import time
import urllib.parse
import uuid
from typing import Any, Callable, Dict, Optional, Union

from ._auth import ClientCredentials
from ._errors import APIConnectionError, error_from_response, parse_retry_after
from ._pagination import Page
from ._transport import Response, Transport, urllib_transport
from ._version import VERSION

DEFAULT_BASE_URL = "https://api.score360.africa/v1"
USER_AGENT = f"score360-python/{VERSION}"
# Backoff: 0.5 s doubling to 8 s, each wait drawn from its upper half (jitter spreads clients).
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
# A Retry-After longer than this is not waited out: the error goes back to the caller.
MAX_RETRY_AFTER = 60.0


class NotGiven:
    """Marks a keyword left out, where None would mean JSON null."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def _path(template: str, **params: str) -> str:
    for name, value in params.items():
        template = template.replace("{" + name + "}", urllib.parse.quote(str(value), safe=""))
    return template


def _compact(values: Dict[str, Any], keep_null: bool) -> Dict[str, Any]:
    return {k: v for k, v in values.items() if not isinstance(v, NotGiven) and (keep_null or v is not None)}


class Requester:
    def __init__(
        self,
        credential: Union[str, ClientCredentials],
        base_url: Optional[str],
        timeout: float,
        max_retries: int,
        transport: Optional[Transport],
    ) -> None:
        self.credential = credential
        self.base_url = (base_url or os.environ.get("SCORE360_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.transport: Transport = transport or urllib_transport
        self.sleep: Callable[[float], None] = time.sleep
        self.random: Callable[[], float] = random.random

    def url(self, path: str, query: Optional[Dict[str, Any]] = None) -> str:
        # The base URL carries the version; paths outside it (/.well-known/…) hang off its origin.
        if path.startswith("/v1/"):
            url = self.base_url + path[len("/v1") :]
        else:
            url = self.base_url[: -len("/v1")] + path if self.base_url.endswith("/v1") else self.base_url + path
        pairs = {k: _scalar(v) for k, v in _compact(query or {}, keep_null=False).items()}
        return f"{url}?{urllib.parse.urlencode(pairs)}" if pairs else url

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Optional[Dict[str, Any]] = None,
        body: Optional[Dict[str, Any]] = None,
        content: Union[str, bytes, None] = None,
        content_type: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> Any:
        """``body`` is sent as JSON; ``content`` (a camt document) as it is, as ``content_type``."""
        headers = {"Accept": "application/json"}
        data: Optional[bytes] = None
        if content is not None:
            data = content.encode("utf-8") if isinstance(content, str) else content
            headers["Content-Type"] = content_type or "application/octet-stream"
        elif body is not None:
            data = json.dumps(_compact(body, keep_null=True)).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if method == "POST":
            # One key per call, kept by every retry: the API applies the call once.
            headers["Idempotency-Key"] = idempotency_key or f"py_{uuid.uuid4()}"
        url = self.url(path, query)
        answer = self._send(method, url, headers, data, authenticated=True)
        if answer.status == 401 and isinstance(self.credential, ClientCredentials):
            # The token may have been refused early (revoked keys, clock skew): renew once.
            self.credential.invalidate(headers["Authorization"].split(" ", 1)[1])
            answer = self._send(method, url, headers, data, authenticated=True)
        if answer.status >= 400:
            raise error_from_response(answer.status, answer.headers, answer.body)
        return json.loads(answer.body.decode("utf-8")) if answer.body else None

    def paginate(
        self,
        method: str,
        path: str,
        *,
        query: Optional[Dict[str, Any]] = None,
        page: Callable[[Any], Any],
    ) -> Page[Any]:
        def fetch(cursor: Optional[str]) -> Page[Any]:
            return Page(page(self.request(method, path, query={**(query or {}), "cursor": cursor})), fetch)

        return fetch(None)

    def _token(self, body: bytes) -> Response:
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        return self._send("POST", self.url("/v1/oauth/token"), headers, body, authenticated=False)

    def _send(self, method: str, url: str, headers: Dict[str, str], data: Optional[bytes], authenticated: bool) -> Response:
        attempt = 0
        while True:
            if authenticated:
                bearer = self.credential if isinstance(self.credential, str) else self.credential.bearer(self._token)
                headers["Authorization"] = f"Bearer {bearer}"
            headers["User-Agent"] = f"{USER_AGENT} (python {platform.python_version()})"
            try:
                answer = self.transport(method, url, dict(headers), data, self.timeout)
            except APIConnectionError:
                if attempt >= self.max_retries:
                    raise
                self.sleep(self._backoff(attempt))
                attempt += 1
                continue
            wait = self._retry_wait(answer, attempt)
            if wait is None:
                return answer
            self.sleep(wait)
            attempt += 1

    def _retry_wait(self, answer: Response, attempt: int) -> Optional[float]:
        """How long to wait before retrying ``answer``, or None to return it."""
        if attempt >= self.max_retries or not _retryable(answer):
            return None
        asked = parse_retry_after(answer.headers.get("retry-after"))
        if asked is None:
            return self._backoff(attempt)
        return asked if asked <= MAX_RETRY_AFTER else None

    def _backoff(self, attempt: int) -> float:
        ceiling = min(MAX_DELAY, INITIAL_DELAY * 2**attempt)
        return ceiling / 2 + self.random() * ceiling / 2


def _retryable(answer: Response) -> bool:
    if answer.status == 429 or answer.status >= 500:
        return True
    if answer.status == 409:
        try:
            return json.loads(answer.body.decode("utf-8"))["error"]["code"] == "idempotency_in_progress"
        except (ValueError, KeyError, TypeError):
            return False
    return False


def _scalar(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)
