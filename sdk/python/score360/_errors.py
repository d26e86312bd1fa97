"""Every failure the client raises is a Score360Error; the subclass says what kind."""

from __future__ import annotations

import json
from typing import Any, Dict, Mapping, Optional


class Score360Error(Exception):
    """A failed call: ``status`` (None when no answer came back), ``code``, ``request_id``."""

    def __init__(
        self,
        message: str,
        *,
        status: Optional[int] = None,
        code: Optional[str] = None,
        type: Optional[str] = None,
        param: Optional[str] = None,
        request_id: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.type = type
        self.param = param
        self.request_id = request_id
        self.headers: Dict[str, str] = dict(headers or {})

    def __str__(self) -> str:
        where = f" (request {self.request_id})" if self.request_id else ""
        head = f"{self.status} {self.code}: " if self.status else ""
        return f"{head}{self.message}{where}"


class APIConnectionError(Score360Error):
    """No answer: the connection failed or was cut."""


class APITimeoutError(APIConnectionError):
    """No answer within the client's timeout."""


class InvalidRequestError(Score360Error):
    """The request is wrong (400, 404, 405, 409 sme_already_exists, 413, 415, 422)."""


class NotFoundError(InvalidRequestError):
    """404: no such route or object."""


class AuthenticationError(Score360Error):
    """401, or the OAuth token endpoint refused the client's credentials."""


class PermissionDeniedError(Score360Error):
    """403: the key or token lacks the scope, or the environment forbids it."""


class ConflictError(Score360Error):
    """409 idempotency_in_progress that outlasted the retries."""


class RateLimitError(Score360Error):
    """429; ``retry_after`` is the wait the API asked for, in seconds."""

    @property
    def retry_after(self) -> Optional[float]:
        return parse_retry_after(self.headers.get("retry-after"))


class APIError(Score360Error):
    """5xx: a failure on the API's side that outlasted the retries."""


class WebhookVerificationError(Score360Error):
    """A webhook that must not be trusted: bad signature, stale timestamp, missing headers."""


_BY_TYPE = {
    "invalid_request_error": InvalidRequestError,
    "authentication_error": AuthenticationError,
    "permission_error": PermissionDeniedError,
    "conflict_error": ConflictError,
    "rate_limit_error": RateLimitError,
    "api_error": APIError,
}


def parse_retry_after(value: Optional[str]) -> Optional[float]:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime
        import time

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def error_from_response(status: int, headers: Mapping[str, str], body: bytes) -> Score360Error:
    """The error for an HTTP failure, from the API's error body (or the OAuth endpoint's)."""
    payload: Any = None
    try:
        payload = json.loads(body.decode("utf-8")) if body else None
    except ValueError:
        payload = None
    request_id = headers.get("request-id")
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict):
        kind = error.get("type")
        cls = _BY_TYPE.get(kind) if isinstance(kind, str) else None
        if cls is None or cls is InvalidRequestError:
            cls = NotFoundError if status == 404 else (cls or _by_status(status))
        return cls(
            str(error.get("message", "")),
            status=status,
            code=error.get("code"),
            type=kind,
            param=error.get("param"),
            request_id=error.get("request_id", request_id),
            headers=headers,
        )
    if isinstance(error, str):  # RFC 6749 shape, from POST /oauth/token
        cls = RateLimitError if status == 429 else AuthenticationError
        message = str(payload.get("error_description", error))
        return cls(message, status=status, code=error, request_id=request_id, headers=headers)
    return _by_status(status)(f"HTTP {status}", status=status, request_id=request_id, headers=headers)


def _by_status(status: int) -> type:
    if status == 401:
        return AuthenticationError
    if status == 403:
        return PermissionDeniedError
    if status == 404:
        return NotFoundError
    if status == 409:
        return ConflictError
    if status == 429:
        return RateLimitError
    if status >= 500:
        return APIError
    return InvalidRequestError
