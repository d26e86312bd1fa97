"""The client: credentials and options in, every API resource as an attribute."""

from __future__ import annotations

import os
from typing import Optional

from ._auth import ClientCredentials
from ._core import Requester
from ._resources import Resources
from ._transport import Transport


class Score360(Resources):
    """A SCORE360 API client.

    Authenticate with an API key (``api_key``, or the ``SCORE360_API_KEY`` environment
    variable) or with an OAuth2 client (``client_id`` + ``client_secret``, optional ``scope``):
    the client then fetches access tokens itself and renews them before they expire.
    ``base_url`` includes the version (default ``https://api.score360.africa/v1``, or
    ``SCORE360_BASE_URL``). Failed calls are retried ``max_retries`` times when that is safe.
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        *,
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        scope: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        transport: Optional[Transport] = None,
    ) -> None:
        if client_id is not None or client_secret is not None:
            if api_key is not None:
                raise ValueError("Pass an api_key or OAuth client credentials, not both.")
            if not client_id or not client_secret:
                raise ValueError("OAuth needs both client_id and client_secret.")
            credential = ClientCredentials(client_id, client_secret, scope)
            requester = Requester(credential, base_url, timeout, max_retries, transport)
        else:
            key = api_key or os.environ.get("SCORE360_API_KEY")
            if not key:
                raise ValueError("Pass api_key=… (or set SCORE360_API_KEY), or client_id and client_secret.")
            requester = Requester(key, base_url, timeout, max_retries, transport)
        self._requester = requester
        super().__init__(requester)

    @property
    def base_url(self) -> str:
        return self._requester.base_url
