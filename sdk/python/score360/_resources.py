# Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from ._core import NOT_GIVEN, NotGiven, Requester, _path
from ._pagination import Page
from .models import *  # noqa: F403


class PortfolioAlertsResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def acknowledge(self, id: str, *, idempotency_key: Optional[str] = None) -> Alert:
        """Acknowledge an alert."""
        return Alert.from_dict(self._client.request("POST", _path("/v1/portfolio/alerts/{id}/acknowledge", id=id), idempotency_key=idempotency_key))

    def list(self, *, limit: Union[int, NotGiven] = NOT_GIVEN, type: Union[Literal["score.downgraded", "score.upgraded", "score.threshold_crossed", "anomaly.detected", "sme.risk_zone_entered", "sme.erased"], NotGiven] = NOT_GIVEN, severity: Union[Literal["low", "medium", "high"], NotGiven] = NOT_GIVEN, sme_id: Union[str, NotGiven] = NOT_GIVEN, status: Union[Literal["open", "acknowledged", "superseded"], NotGiven] = NOT_GIVEN) -> Page[Alert]:
        """List alerts, newest first."""
        return self._client.paginate("GET", "/v1/portfolio/alerts", query={"limit": limit, "type": type, "severity": severity, "sme_id": sme_id, "status": status}, page=AlertList.from_dict)


class PortfolioSettingsResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def retrieve(self) -> PortfolioSettings:
        """The threshold and risk-zone PD that events use."""
        return PortfolioSettings.from_dict(self._client.request("GET", "/v1/portfolio/settings"))

    def update(self, *, score_threshold: Union[int, NotGiven] = NOT_GIVEN, risk_zone_pd: Union[float, NotGiven] = NOT_GIVEN) -> PortfolioSettings:
        """Change the threshold or risk-zone PD; the next score uses them."""
        return PortfolioSettings.from_dict(self._client.request("PATCH", "/v1/portfolio/settings", body={"score_threshold": score_threshold, "risk_zone_pd": risk_zone_pd}))


class SandboxSignupsResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def create(self, *, organization: str, email: str, country: Literal["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"], idempotency_key: Optional[str] = None) -> SandboxSignupResult:
        """Get sandbox keys, self-serve (no credentials)."""
        return SandboxSignupResult.from_dict(self._client.request("POST", "/v1/sandbox/signups", body={"organization": organization, "email": email, "country": country}, idempotency_key=idempotency_key))


class WebhookEndpointsDeliveriesResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def list(self, id: str, *, limit: Union[int, NotGiven] = NOT_GIVEN) -> Page[WebhookDelivery]:
        """The endpoint's delivery log: every attempt, newest first."""
        return self._client.paginate("GET", _path("/v1/webhook-endpoints/{id}/deliveries", id=id), query={"limit": limit}, page=WebhookDeliveryList.from_dict)


class ApiKeysResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def create(self, *, name: str, role: Literal["admin", "integrator", "risk_analyst", "auditor", "viewer"], team: Union[str, NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> ApiKeyWithSecret:
        """Create an API key (secret shown once)."""
        return ApiKeyWithSecret.from_dict(self._client.request("POST", "/v1/api-keys", body={"name": name, "role": role, "team": team}, idempotency_key=idempotency_key))

    def list(self, *, limit: Union[int, NotGiven] = NOT_GIVEN) -> Page[ApiKey]:
        """List active API keys (prefix and last 4 only)."""
        return self._client.paginate("GET", "/v1/api-keys", query={"limit": limit}, page=ApiKeyList.from_dict)

    def revoke(self, id: str) -> ApiKeysRevokeResponse:
        """Revoke a key (effective on the next request)."""
        return ApiKeysRevokeResponse.from_dict(self._client.request("DELETE", _path("/v1/api-keys/{id}", id=id)))

    def roll(self, id: str, *, expires_in_seconds: Union[int, NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> ApiKeyWithSecret:
        """Roll a key: new secret, the old one valid until it expires."""
        return ApiKeyWithSecret.from_dict(self._client.request("POST", _path("/v1/api-keys/{id}/roll", id=id), body={"expires_in_seconds": expires_in_seconds}, idempotency_key=idempotency_key))


class AuditLogsResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def list(self, *, limit: Union[int, NotGiven] = NOT_GIVEN, actor: Union[str, NotGiven] = NOT_GIVEN, action: Union[str, NotGiven] = NOT_GIVEN, status: Union[int, NotGiven] = NOT_GIVEN, from_: Union[str, NotGiven] = NOT_GIVEN, to: Union[str, NotGiven] = NOT_GIVEN) -> Page[AuditEntry]:
        """List audit entries, newest first."""
        return self._client.paginate("GET", "/v1/audit-logs", query={"limit": limit, "actor": actor, "action": action, "status": status, "from": from_, "to": to}, page=AuditEntryList.from_dict)

    def verify(self) -> AuditVerification:
        """Recompute the hash chain and name the first broken link."""
        return AuditVerification.from_dict(self._client.request("GET", "/v1/audit-logs/verify"))


class EventsResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def list(self, *, limit: Union[int, NotGiven] = NOT_GIVEN, type: Union[Literal["score.downgraded", "score.upgraded", "score.threshold_crossed", "anomaly.detected", "sme.risk_zone_entered", "sme.erased"], NotGiven] = NOT_GIVEN, sme_id: Union[str, NotGiven] = NOT_GIVEN) -> Page[Event]:
        """List events, newest first."""
        return self._client.paginate("GET", "/v1/events", query={"limit": limit, "type": type, "sme_id": sme_id}, page=EventList.from_dict)

    def redeliver(self, id: str, *, idempotency_key: Optional[str] = None) -> Redelivery:
        """Send an event again to every enabled endpoint subscribed to it."""
        return Redelivery.from_dict(self._client.request("POST", _path("/v1/events/{id}/redeliver", id=id), idempotency_key=idempotency_key))

    def retrieve(self, id: str) -> Event:
        """Retrieve an event."""
        return Event.from_dict(self._client.request("GET", _path("/v1/events/{id}", id=id)))


class FlowsResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def ingest(self, *, sme_id: str, flows: List[Flow], idempotency_key: Optional[str] = None) -> FlowIngestionResult:
        """Send an SME's PI-SPI payment flows."""
        return FlowIngestionResult.from_dict(self._client.request("POST", "/v1/connect/flows", body={"sme_id": sme_id, "flows": flows}, idempotency_key=idempotency_key))

    def ingest_camt(self, document: Union[str, bytes], *, sme_id: Union[str, NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> FlowIngestionResult:
        """Send an ISO 20022 camt.053 statement or camt.054 notification."""
        return FlowIngestionResult.from_dict(self._client.request("POST", "/v1/connect/camt", query={"sme_id": sme_id}, content=document, content_type="application/xml", idempotency_key=idempotency_key))

    def ingest_pi_spi(self, *, data: List[PiSpiEvent], meta: Union[PiSpiNotificationMeta, NotGiven] = NOT_GIVEN, sme_id: Union[str, NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> FlowIngestionResult:
        """Send PI-SPI payment notifications as the PI-SPI business interface emits them."""
        return FlowIngestionResult.from_dict(self._client.request("POST", "/v1/connect/pi-spi/events", query={"sme_id": sme_id}, body={"data": data, "meta": meta}, idempotency_key=idempotency_key))


class HealthResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def check(self) -> Health:
        """Liveness check."""
        return Health.from_dict(self._client.request("GET", "/v1/health"))


class InstitutionsResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def create(self, *, name: str, idempotency_key: Optional[str] = None) -> Institution:
        """Create an institution with its first admin keys and sandbox."""
        return Institution.from_dict(self._client.request("POST", "/v1/admin/institutions", body={"name": name}, idempotency_key=idempotency_key))


class JwksResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def retrieve(self) -> Jwks:
        """Public keys that verify access tokens."""
        return Jwks.from_dict(self._client.request("GET", "/.well-known/jwks.json"))


class OauthResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def token(self, *, grant_type: str, scope: Union[str, NotGiven] = NOT_GIVEN, client_id: Union[str, NotGiven] = NOT_GIVEN, client_secret: Union[str, NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> TokenResponse:
        """Get an access token (client credentials grant)."""
        return TokenResponse.from_dict(self._client.request("POST", "/v1/oauth/token", body={"grant_type": grant_type, "scope": scope, "client_id": client_id, "client_secret": client_secret}, idempotency_key=idempotency_key))


class OauthClientsResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def create(self, *, name: str, role: Literal["admin", "integrator", "risk_analyst", "auditor", "viewer"], team: Union[str, NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> OAuthClientWithSecret:
        """Create an OAuth2 client (secret shown once)."""
        return OAuthClientWithSecret.from_dict(self._client.request("POST", "/v1/oauth/clients", body={"name": name, "role": role, "team": team}, idempotency_key=idempotency_key))

    def list(self, *, limit: Union[int, NotGiven] = NOT_GIVEN) -> Page[OAuthClient]:
        """List active OAuth2 clients."""
        return self._client.paginate("GET", "/v1/oauth/clients", query={"limit": limit}, page=OAuthClientList.from_dict)

    def revoke(self, client_id: str) -> OauthClientsRevokeResponse:
        """Revoke a client: no new token, and its tokens are refused from the next request."""
        return OauthClientsRevokeResponse.from_dict(self._client.request("DELETE", _path("/v1/oauth/clients/{client_id}", client_id=client_id)))


class PortfolioResource:
    def __init__(self, client: Requester) -> None:
        self._client = client
        self.alerts = PortfolioAlertsResource(client)
        self.settings = PortfolioSettingsResource(client)

    def summary(self) -> PortfolioSummary:
        """SMEs by grade and sector, open alerts by severity."""
        return PortfolioSummary.from_dict(self._client.request("GET", "/v1/portfolio/summary"))


class SandboxResource:
    def __init__(self, client: Requester) -> None:
        self._client = client
        self.signups = SandboxSignupsResource(client)

    def trigger_event(self, *, event: Literal["score.downgraded", "score.upgraded", "score.threshold_crossed", "anomaly.detected", "sme.risk_zone_entered", "sme.erased"], sme_id: Union[str, NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> Event:
        """Make and deliver a synthetic event (test keys only)."""
        return Event.from_dict(self._client.request("POST", "/v1/sandbox/events", body={"event": event, "sme_id": sme_id}, idempotency_key=idempotency_key))


class ScoresResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def create(self, *, sme_id: str, sector: Union[Literal["commerce", "agriculture", "manufacturing", "construction", "transport", "hospitality", "services", "health", "education", "technology"], NotGiven] = NOT_GIVEN, window_days: Union[int, NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> Score:
        """Score an SME now."""
        return Score.from_dict(self._client.request("POST", "/v1/scores", body={"sme_id": sme_id, "sector": sector, "window_days": window_days}, idempotency_key=idempotency_key))

    def retrieve(self, sme_id: str, *, limit: Union[int, NotGiven] = NOT_GIVEN) -> Page[Score]:
        """An SME's latest score and its history, newest first."""
        return self._client.paginate("GET", _path("/v1/scores/{sme_id}", sme_id=sme_id), query={"limit": limit}, page=ScoreHistory.from_dict)


class SmesResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def bulk_create(self, *, smes: List[CreateSme], idempotency_key: Optional[str] = None) -> BulkCreateSmesResult:
        """Register up to 1,000 SMEs in one call."""
        return BulkCreateSmesResult.from_dict(self._client.request("POST", "/v1/smes/bulk", body={"smes": smes}, idempotency_key=idempotency_key))

    def cashflow(self, sme_id: str, *, interval: Union[Literal["month", "week"], NotGiven] = NOT_GIVEN, periods: Union[int, NotGiven] = NOT_GIVEN) -> Cashflow:
        """An SME's monthly or weekly inflows and outflows."""
        return Cashflow.from_dict(self._client.request("GET", _path("/v1/smes/{sme_id}/cashflow", sme_id=sme_id), query={"interval": interval, "periods": periods}))

    def create(self, *, sme_id: str, sector: Literal["commerce", "agriculture", "manufacturing", "construction", "transport", "hospitality", "services", "health", "education", "technology"], country: Literal["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"], name: Union[str, NotGiven] = NOT_GIVEN, identifiers: Union[CreateSmeIdentifiers, NotGiven] = NOT_GIVEN, metadata: Union[Dict[str, str], NotGiven] = NOT_GIVEN, accounts: Union[List[SmeAccountParam], NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> Sme:
        """Register an SME."""
        return Sme.from_dict(self._client.request("POST", "/v1/smes", body={"sme_id": sme_id, "name": name, "sector": sector, "country": country, "identifiers": identifiers, "metadata": metadata, "accounts": accounts}, idempotency_key=idempotency_key))

    def delete(self, sme_id: str) -> Erasure:
        """Erase an SME (right to erasure)."""
        return Erasure.from_dict(self._client.request("DELETE", _path("/v1/smes/{sme_id}", sme_id=sme_id)))

    def list(self, *, limit: Union[int, NotGiven] = NOT_GIVEN, sector: Union[Literal["commerce", "agriculture", "manufacturing", "construction", "transport", "hospitality", "services", "health", "education", "technology"], NotGiven] = NOT_GIVEN, country: Union[Literal["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"], NotGiven] = NOT_GIVEN) -> Page[Sme]:
        """List SMEs, newest first."""
        return self._client.paginate("GET", "/v1/smes", query={"limit": limit, "sector": sector, "country": country}, page=SmeList.from_dict)

    def retrieve(self, sme_id: str) -> Sme:
        """Retrieve an SME."""
        return Sme.from_dict(self._client.request("GET", _path("/v1/smes/{sme_id}", sme_id=sme_id)))

    def update(self, sme_id: str, *, name: Union[str, NotGiven] = NOT_GIVEN, sector: Union[Literal["commerce", "agriculture", "manufacturing", "construction", "transport", "hospitality", "services", "health", "education", "technology"], NotGiven] = NOT_GIVEN, identifiers: Union[UpdateSmeIdentifiers, NotGiven] = NOT_GIVEN, metadata: Union[Dict[str, str], NotGiven] = NOT_GIVEN, accounts: Union[List[SmeAccountParam], NotGiven] = NOT_GIVEN) -> Sme:
        """Update an SME."""
        return Sme.from_dict(self._client.request("PATCH", _path("/v1/smes/{sme_id}", sme_id=sme_id), body={"name": name, "sector": sector, "identifiers": identifiers, "metadata": metadata, "accounts": accounts}))


class WebhookEndpointsResource:
    def __init__(self, client: Requester) -> None:
        self._client = client
        self.deliveries = WebhookEndpointsDeliveriesResource(client)

    def create(self, *, url: str, events: List[Literal["score.downgraded", "score.upgraded", "score.threshold_crossed", "anomaly.detected", "sme.risk_zone_entered", "sme.erased", "*"]], description: Union[str, NotGiven] = NOT_GIVEN, idempotency_key: Optional[str] = None) -> WebhookEndpointWithSecret:
        """Create a webhook endpoint (its secret is shown once)."""
        return WebhookEndpointWithSecret.from_dict(self._client.request("POST", "/v1/webhook-endpoints", body={"url": url, "events": events, "description": description}, idempotency_key=idempotency_key))

    def delete(self, id: str) -> WebhookEndpointsDeleteResponse:
        """Delete a webhook endpoint and its delivery log."""
        return WebhookEndpointsDeleteResponse.from_dict(self._client.request("DELETE", _path("/v1/webhook-endpoints/{id}", id=id)))

    def list(self, *, limit: Union[int, NotGiven] = NOT_GIVEN) -> Page[WebhookEndpoint]:
        """List webhook endpoints, newest first."""
        return self._client.paginate("GET", "/v1/webhook-endpoints", query={"limit": limit}, page=WebhookEndpointList.from_dict)

    def retrieve(self, id: str) -> WebhookEndpoint:
        """Retrieve a webhook endpoint."""
        return WebhookEndpoint.from_dict(self._client.request("GET", _path("/v1/webhook-endpoints/{id}", id=id)))

    def rotate_secret(self, id: str, *, idempotency_key: Optional[str] = None) -> RotatedWebhookEndpoint:
        """Rotate the signing secret: old and new both sign for 24 h."""
        return RotatedWebhookEndpoint.from_dict(self._client.request("POST", _path("/v1/webhook-endpoints/{id}/rotate-secret", id=id), idempotency_key=idempotency_key))

    def update(self, id: str, *, url: Union[str, NotGiven] = NOT_GIVEN, events: Union[List[Literal["score.downgraded", "score.upgraded", "score.threshold_crossed", "anomaly.detected", "sme.risk_zone_entered", "sme.erased", "*"]], NotGiven] = NOT_GIVEN, description: Union[Optional[str], NotGiven] = NOT_GIVEN, status: Union[Literal["enabled", "disabled"], NotGiven] = NOT_GIVEN) -> WebhookEndpoint:
        """Update a webhook endpoint, or enable it again."""
        return WebhookEndpoint.from_dict(self._client.request("PATCH", _path("/v1/webhook-endpoints/{id}", id=id), body={"url": url, "events": events, "description": description, "status": status}))


class Resources:
    def __init__(self, client: Requester) -> None:
        self._client = client
        self.api_keys = ApiKeysResource(client)
        self.audit_logs = AuditLogsResource(client)
        self.events = EventsResource(client)
        self.flows = FlowsResource(client)
        self.health = HealthResource(client)
        self.institutions = InstitutionsResource(client)
        self.jwks = JwksResource(client)
        self.oauth = OauthResource(client)
        self.oauth_clients = OauthClientsResource(client)
        self.portfolio = PortfolioResource(client)
        self.sandbox = SandboxResource(client)
        self.scores = ScoresResource(client)
        self.smes = SmesResource(client)
        self.webhook_endpoints = WebhookEndpointsResource(client)
