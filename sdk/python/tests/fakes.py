"""A scripted transport: answers (or raises) in order and records every request."""

import json
from typing import Any, Dict, List, Optional, Union

from score360 import APIConnectionError, Response


class FakeTransport:
    def __init__(self, *answers: Union[Response, Exception]) -> None:
        self.answers = list(answers)
        self.requests: List[Dict[str, Any]] = []

    def __call__(self, method: str, url: str, headers: Dict[str, str], body: Optional[bytes], timeout: float) -> Response:
        self.requests.append({"method": method, "url": url, "headers": headers, "body": body, "timeout": timeout})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def ok(body: Any, status: int = 200, **headers: str) -> Response:
    return Response(status, {"request-id": "req_test", **headers}, json.dumps(body).encode())


def error(status: int, type_: str, code: str, **headers: str) -> Response:
    body = {"error": {"type": type_, "code": code, "message": code, "request_id": "req_err"}}
    return Response(status, {"request-id": "req_err", **headers}, json.dumps(body).encode())


def reset() -> APIConnectionError:
    return APIConnectionError("Connection to http://api failed: reset")


SME = {
    "object": "sme", "sme_id": "SME_1", "name": None, "sector": "commerce", "country": "SN",
    "identifiers": {}, "accounts": [], "metadata": {}, "flows": {"count": 0, "first_at": None, "last_at": None},
    "latest_score": None, "created_at": "2026-01-01T00:00:00Z",
}
