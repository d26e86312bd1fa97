"""The official Python client for the SCORE360 credit-scoring API."""

from . import models, webhooks
from ._auth import ClientCredentials
from ._client import Score360
from ._core import DEFAULT_BASE_URL, NOT_GIVEN, NotGiven
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Score360Error,
    WebhookVerificationError,
)
from ._pagination import Page
from ._transport import Response, Transport
from ._version import VERSION

__version__ = VERSION

__all__ = [
    "Score360",
    "ClientCredentials",
    "Page",
    "models",
    "webhooks",
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "NotGiven",
    "Response",
    "Transport",
    "Score360Error",
    "APIConnectionError",
    "APITimeoutError",
    "InvalidRequestError",
    "NotFoundError",
    "AuthenticationError",
    "PermissionDeniedError",
    "ConflictError",
    "RateLimitError",
    "APIError",
    "WebhookVerificationError",
    "VERSION",
    "__version__",
]
