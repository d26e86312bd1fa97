"""The one place that speaks HTTP: urllib from the standard library, swappable for tests."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Dict, Optional, Protocol

from ._errors import APIConnectionError, APITimeoutError


@dataclass
class Response:
    status: int
    headers: Dict[str, str]
    body: bytes


class Transport(Protocol):
    def __call__(self, method: str, url: str, headers: Dict[str, str], body: Optional[bytes], timeout: float) -> Response: ...


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect would resend credentials to wherever it points: surface it instead.
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def urllib_transport(method: str, url: str, headers: Dict[str, str], body: Optional[bytes], timeout: float) -> Response:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with _opener.open(request, timeout=timeout) as answer:
            return Response(answer.status, _lower(answer.headers), answer.read())
    except urllib.error.HTTPError as failed:
        return Response(failed.code, _lower(failed.headers), failed.read())
    except (socket.timeout, TimeoutError) as cause:
        raise APITimeoutError(f"No answer from {method} {url} within {timeout} s.") from cause
    except urllib.error.URLError as cause:
        if isinstance(cause.reason, (socket.timeout, TimeoutError)):
            raise APITimeoutError(f"No answer from {method} {url} within {timeout} s.") from cause
        raise APIConnectionError(f"Could not reach {url}: {cause.reason}") from cause
    except OSError as cause:  # reset or refused mid-exchange
        raise APIConnectionError(f"Connection to {url} failed: {cause}") from cause


def _lower(headers) -> Dict[str, str]:  # type: ignore[no-untyped-def]
    return {k.lower(): v for k, v in headers.items()} if headers else {}
