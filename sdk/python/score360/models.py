# Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Literal, Optional, TypedDict


@dataclass
class Alert:
    object: str
    id: str
    type: Literal["score.downgraded", "score.upgraded", "score.threshold_crossed", "anomaly.detected", "sme.risk_zone_entered", "sme.erased"]
    severity: Literal["low", "medium", "high"]
    sme_id: str
    details: Dict[str, Any]
    status: Literal["open", "acknowledged", "superseded"]
    created_at: str
    acknowledged_at: Optional[str]
    superseded_by: Optional[str]
    superseded_at: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Alert":
        return cls(
            object=data["object"],
            id=data["id"],
            type=data["type"],
            severity=data["severity"],
            sme_id=data["sme_id"],
            details=data["details"],
            status=data["status"],
            created_at=data["created_at"],
            acknowledged_at=data["acknowledged_at"],
            superseded_by=data["superseded_by"],
            superseded_at=data["superseded_at"],
        )


@dataclass
class AlertList:
    object: str
    data: List[Alert]
    has_more: bool
    next_cursor: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "AlertList":
        return cls(
            object=data["object"],
            data=[Alert.from_dict(x) for x in data["data"]],
            has_more=data["has_more"],
            next_cursor=data["next_cursor"],
        )


@dataclass
class ApiKey:
    object: str
    id: str
    name: str
    role: Literal["admin", "integrator", "risk_analyst", "auditor", "viewer"]
    team: Optional[str]
    prefix: str
    last4: str
    created_at: str
    expires_at: Optional[str]
    last_used_at: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ApiKey":
        return cls(
            object=data["object"],
            id=data["id"],
            name=data["name"],
            role=data["role"],
            team=data["team"],
            prefix=data["prefix"],
            last4=data["last4"],
            created_at=data["created_at"],
            expires_at=data["expires_at"],
            last_used_at=data["last_used_at"],
        )


@dataclass
class ApiKeyList:
    object: str
    data: List[ApiKey]
    has_more: bool
    next_cursor: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ApiKeyList":
        return cls(
            object=data["object"],
            data=[ApiKey.from_dict(x) for x in data["data"]],
            has_more=data["has_more"],
            next_cursor=data["next_cursor"],
        )


@dataclass
class ApiKeysRevokeResponse:
    object: str
    id: str
    revoked: bool

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ApiKeysRevokeResponse":
        return cls(
            object=data["object"],
            id=data["id"],
            revoked=data["revoked"],
        )


@dataclass
class ApiKeyWithSecret:
    object: str
    id: str
    name: str
    role: Literal["admin", "integrator", "risk_analyst", "auditor", "viewer"]
    team: Optional[str]
    prefix: str
    last4: str
    created_at: str
    expires_at: Optional[str]
    last_used_at: Optional[str]
    secret: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ApiKeyWithSecret":
        return cls(
            object=data["object"],
            id=data["id"],
            name=data["name"],
            role=data["role"],
            team=data["team"],
            prefix=data["prefix"],
            last4=data["last4"],
            created_at=data["created_at"],
            expires_at=data["expires_at"],
            last_used_at=data["last_used_at"],
            secret=data["secret"],
        )


@dataclass
class AuditEntry:
    object: str
    id: str
    seq: int
    at: str
    actor: str
    action: str
    resource: Optional[str]
    status: int
    request_id: str
    ip: Optional[str]
    user_agent: Optional[str]
    prev_hash: str
    hash: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "AuditEntry":
        return cls(
            object=data["object"],
            id=data["id"],
            seq=data["seq"],
            at=data["at"],
            actor=data["actor"],
            action=data["action"],
            resource=data["resource"],
            status=data["status"],
            request_id=data["request_id"],
            ip=data["ip"],
            user_agent=data["user_agent"],
            prev_hash=data["prev_hash"],
            hash=data["hash"],
        )


@dataclass
class AuditEntryList:
    object: str
    data: List[AuditEntry]
    has_more: bool
    next_cursor: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "AuditEntryList":
        return cls(
            object=data["object"],
            data=[AuditEntry.from_dict(x) for x in data["data"]],
            has_more=data["has_more"],
            next_cursor=data["next_cursor"],
        )


@dataclass
class AuditVerification:
    object: str
    valid: bool
    entries: int
    head: Optional[AuditVerificationHead]
    first_broken: Optional[AuditVerificationFirstBroken]
    verified_at: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "AuditVerification":
        return cls(
            object=data["object"],
            valid=data["valid"],
            entries=data["entries"],
            head=None if data["head"] is None else AuditVerificationHead.from_dict(data["head"]),
            first_broken=None if data["first_broken"] is None else AuditVerificationFirstBroken.from_dict(data["first_broken"]),
            verified_at=data["verified_at"],
        )


@dataclass
class AuditVerificationFirstBroken:
    seq: int
    id: str
    reason: Literal["sequence_gap", "broken_link", "hash_mismatch"]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "AuditVerificationFirstBroken":
        return cls(
            seq=data["seq"],
            id=data["id"],
            reason=data["reason"],
        )


@dataclass
class AuditVerificationHead:
    """The last entry's hash when the chain is valid: keep it to detect a later rewrite"""

    seq: int
    hash: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "AuditVerificationHead":
        return cls(
            seq=data["seq"],
            hash=data["hash"],
        )


@dataclass
class BulkCreateSmesResult:
    object: str
    received: int
    created: int
    duplicates: int
    rejected: List[BulkCreateSmesResultRejected]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "BulkCreateSmesResult":
        return cls(
            object=data["object"],
            received=data["received"],
            created=data["created"],
            duplicates=data["duplicates"],
            rejected=[BulkCreateSmesResultRejected.from_dict(x) for x in data["rejected"]],
        )


@dataclass
class BulkCreateSmesResultRejected:
    index: int
    sme_id: Optional[str]
    code: Literal["validation_failed", "sme_already_exists"]
    message: str
    param: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "BulkCreateSmesResultRejected":
        return cls(
            index=data["index"],
            sme_id=data["sme_id"],
            code=data["code"],
            message=data["message"],
            param=data.get("param"),
        )


@dataclass
class Cashflow:
    object: str
    sme_id: str
    interval: Literal["month", "week"]
    currency: str
    data: List[CashflowData]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Cashflow":
        return cls(
            object=data["object"],
            sme_id=data["sme_id"],
            interval=data["interval"],
            currency=data["currency"],
            data=[CashflowData.from_dict(x) for x in data["data"]],
        )


@dataclass
class CashflowData:
    period_start: str
    period_end: str
    inflow: int
    outflow: int
    net: int
    in_count: int
    out_count: int
    complete: bool

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "CashflowData":
        return cls(
            period_start=data["period_start"],
            period_end=data["period_end"],
            inflow=data["inflow"],
            outflow=data["outflow"],
            net=data["net"],
            in_count=data["in_count"],
            out_count=data["out_count"],
            complete=data["complete"],
        )


class _CreateSmeRequired(TypedDict):
    sme_id: str
    sector: Literal["commerce", "agriculture", "manufacturing", "construction", "transport", "hospitality", "services", "health", "education", "technology"]
    country: Literal["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"]


class CreateSme(_CreateSmeRequired, total=False):
    name: str
    identifiers: CreateSmeIdentifiers
    metadata: Dict[str, str]
    accounts: List[SmeAccountParam]


class CreateSmeIdentifiers(TypedDict, total=False):
    rccm: str
    tax_id: str


@dataclass
class Erasure:
    object: str
    sme_id: str
    erased_at: str
    erased: ErasureErased

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Erasure":
        return cls(
            object=data["object"],
            sme_id=data["sme_id"],
            erased_at=data["erased_at"],
            erased=ErasureErased.from_dict(data["erased"]),
        )


@dataclass
class ErasureErased:
    flows: int
    scores: int
    alerts: int

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ErasureErased":
        return cls(
            flows=data["flows"],
            scores=data["scores"],
            alerts=data["alerts"],
        )


@dataclass
class Event:
    object: str
    id: str
    event: Literal["score.downgraded", "score.upgraded", "score.threshold_crossed", "anomaly.detected", "sme.risk_zone_entered", "sme.erased"]
    environment: Literal["test", "live"]
    sme_id: str
    from_: Optional[ScoreRef]
    to: Optional[ScoreRef]
    reason: str
    occurred_at: str
    threshold: Optional[int] = None
    anomalies: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Event":
        return cls(
            object=data["object"],
            id=data["id"],
            event=data["event"],
            environment=data["environment"],
            sme_id=data["sme_id"],
            from_=None if data["from"] is None else ScoreRef.from_dict(data["from"]),
            to=None if data["to"] is None else ScoreRef.from_dict(data["to"]),
            reason=data["reason"],
            occurred_at=data["occurred_at"],
            threshold=data.get("threshold"),
            anomalies=data.get("anomalies"),
        )


@dataclass
class EventList:
    object: str
    data: List[Event]
    has_more: bool
    next_cursor: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "EventList":
        return cls(
            object=data["object"],
            data=[Event.from_dict(x) for x in data["data"]],
            has_more=data["has_more"],
            next_cursor=data["next_cursor"],
        )


class _FlowRequired(TypedDict):
    id: str
    occurred_at: str
    amount: int
    direction: Literal["in", "out"]


class Flow(_FlowRequired, total=False):
    counterparty: str
    channel: Literal["pi_spi", "mobile_money", "card", "bank_transfer", "cash"]


@dataclass
class FlowIngestionResult:
    object: str
    sme_id: str
    received: int
    accepted: int
    duplicates: int
    rejected: List[FlowIngestionResultRejected]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "FlowIngestionResult":
        return cls(
            object=data["object"],
            sme_id=data["sme_id"],
            received=data["received"],
            accepted=data["accepted"],
            duplicates=data["duplicates"],
            rejected=[FlowIngestionResultRejected.from_dict(x) for x in data["rejected"]],
        )


@dataclass
class FlowIngestionResultRejected:
    index: int
    code: Literal["invalid_flow", "invalid_id", "invalid_occurred_at", "occurred_at_in_future", "occurred_at_too_old", "invalid_amount", "invalid_direction", "invalid_counterparty", "invalid_channel", "entry_not_booked", "unsupported_currency", "missing_reference", "missing_date", "not_irrevocable", "not_a_payment"]
    message: str
    path: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "FlowIngestionResultRejected":
        return cls(
            index=data["index"],
            code=data["code"],
            message=data["message"],
            path=data.get("path"),
        )


@dataclass
class Health:
    status: str
    time: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Health":
        return cls(
            status=data["status"],
            time=data["time"],
        )


@dataclass
class Institution:
    object: str
    id: str
    name: str
    created_at: str
    api_keys: InstitutionApiKeys
    sandbox: InstitutionSandbox

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Institution":
        return cls(
            object=data["object"],
            id=data["id"],
            name=data["name"],
            created_at=data["created_at"],
            api_keys=InstitutionApiKeys.from_dict(data["api_keys"]),
            sandbox=InstitutionSandbox.from_dict(data["sandbox"]),
        )


@dataclass
class InstitutionApiKeys:
    test: InstitutionApiKeysTest
    live: InstitutionApiKeysLive

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "InstitutionApiKeys":
        return cls(
            test=InstitutionApiKeysTest.from_dict(data["test"]),
            live=InstitutionApiKeysLive.from_dict(data["live"]),
        )


@dataclass
class InstitutionApiKeysLive:
    id: str
    role: str
    secret: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "InstitutionApiKeysLive":
        return cls(
            id=data["id"],
            role=data["role"],
            secret=data["secret"],
        )


@dataclass
class InstitutionApiKeysTest:
    id: str
    role: str
    secret: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "InstitutionApiKeysTest":
        return cls(
            id=data["id"],
            role=data["role"],
            secret=data["secret"],
        )


@dataclass
class InstitutionSandbox:
    mock_smes: int

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "InstitutionSandbox":
        return cls(
            mock_smes=data["mock_smes"],
        )


@dataclass
class Jwks:
    keys: List[JwksKey]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Jwks":
        return cls(
            keys=[JwksKey.from_dict(x) for x in data["keys"]],
        )


@dataclass
class JwksKey:
    kty: str
    kid: str
    n: str
    e: str
    alg: str
    use: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "JwksKey":
        return cls(
            kty=data["kty"],
            kid=data["kid"],
            n=data["n"],
            e=data["e"],
            alg=data["alg"],
            use=data["use"],
        )


@dataclass
class OAuthClient:
    object: str
    client_id: str
    name: str
    role: Literal["admin", "integrator", "risk_analyst", "auditor", "viewer"]
    team: Optional[str]
    environment: Literal["test", "live"]
    created_at: str
    last_used_at: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "OAuthClient":
        return cls(
            object=data["object"],
            client_id=data["client_id"],
            name=data["name"],
            role=data["role"],
            team=data["team"],
            environment=data["environment"],
            created_at=data["created_at"],
            last_used_at=data["last_used_at"],
        )


@dataclass
class OAuthClientList:
    object: str
    data: List[OAuthClient]
    has_more: bool
    next_cursor: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "OAuthClientList":
        return cls(
            object=data["object"],
            data=[OAuthClient.from_dict(x) for x in data["data"]],
            has_more=data["has_more"],
            next_cursor=data["next_cursor"],
        )


@dataclass
class OauthClientsRevokeResponse:
    object: str
    client_id: str
    revoked: bool

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "OauthClientsRevokeResponse":
        return cls(
            object=data["object"],
            client_id=data["client_id"],
            revoked=data["revoked"],
        )


@dataclass
class OAuthClientWithSecret:
    object: str
    client_id: str
    name: str
    role: Literal["admin", "integrator", "risk_analyst", "auditor", "viewer"]
    team: Optional[str]
    environment: Literal["test", "live"]
    created_at: str
    last_used_at: Optional[str]
    client_secret: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "OAuthClientWithSecret":
        return cls(
            object=data["object"],
            client_id=data["client_id"],
            name=data["name"],
            role=data["role"],
            team=data["team"],
            environment=data["environment"],
            created_at=data["created_at"],
            last_used_at=data["last_used_at"],
            client_secret=data["client_secret"],
        )


class _PiSpiEventRequired(TypedDict):
    evCode: str


class PiSpiEvent(_PiSpiEventRequired, total=False):
    evDate: str
    end2endId: str
    montant: float
    alias: str
    statut: Literal["INITIE", "ENVOYE", "IRREVOCABLE", "REJETE"]
    dateIrrevocabilite: str
    retourStatut: Literal["INITIE", "ENVOYE", "IRREVOCABLE", "REJETE"]
    retourDateIrrevocabilite: str
    payeurAlias: str
    payeAlias: str
    payeurCompte: str
    payeCompte: str


class PiSpiNotificationMeta(TypedDict):
    total: int


@dataclass
class PortfolioSettings:
    object: str
    score_threshold: int
    risk_zone_pd: float

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "PortfolioSettings":
        return cls(
            object=data["object"],
            score_threshold=data["score_threshold"],
            risk_zone_pd=data["risk_zone_pd"],
        )


@dataclass
class PortfolioSummary:
    object: str
    smes: int
    by_grade: PortfolioSummaryByGrade
    by_sector: PortfolioSummaryBySector
    open_alerts: PortfolioSummaryOpenAlerts

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "PortfolioSummary":
        return cls(
            object=data["object"],
            smes=data["smes"],
            by_grade=PortfolioSummaryByGrade.from_dict(data["by_grade"]),
            by_sector=PortfolioSummaryBySector.from_dict(data["by_sector"]),
            open_alerts=PortfolioSummaryOpenAlerts.from_dict(data["open_alerts"]),
        )


@dataclass
class PortfolioSummaryByGrade:
    """By latest grade; `unscored` when never scored"""

    A: int
    B: int
    C: int
    D: int
    E: int
    unscored: int

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "PortfolioSummaryByGrade":
        return cls(
            A=data["A"],
            B=data["B"],
            C=data["C"],
            D=data["D"],
            E=data["E"],
            unscored=data["unscored"],
        )


@dataclass
class PortfolioSummaryBySector:
    commerce: int
    agriculture: int
    manufacturing: int
    construction: int
    transport: int
    hospitality: int
    services: int
    health: int
    education: int
    technology: int

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "PortfolioSummaryBySector":
        return cls(
            commerce=data["commerce"],
            agriculture=data["agriculture"],
            manufacturing=data["manufacturing"],
            construction=data["construction"],
            transport=data["transport"],
            hospitality=data["hospitality"],
            services=data["services"],
            health=data["health"],
            education=data["education"],
            technology=data["technology"],
        )


@dataclass
class PortfolioSummaryOpenAlerts:
    """Open alerts by severity"""

    low: int
    medium: int
    high: int

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "PortfolioSummaryOpenAlerts":
        return cls(
            low=data["low"],
            medium=data["medium"],
            high=data["high"],
        )


@dataclass
class Redelivery:
    object: str
    event_id: str
    endpoints: int

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Redelivery":
        return cls(
            object=data["object"],
            event_id=data["event_id"],
            endpoints=data["endpoints"],
        )


@dataclass
class RotatedWebhookEndpoint:
    object: str
    id: str
    url: str
    events: List[str]
    description: Optional[str]
    status: Literal["enabled", "disabled"]
    disabled_reason: Optional[Literal["gone", "failing", "manual"]]
    created_at: str
    updated_at: str
    secret: str
    previous_secret_expires_at: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "RotatedWebhookEndpoint":
        return cls(
            object=data["object"],
            id=data["id"],
            url=data["url"],
            events=data["events"],
            description=data["description"],
            status=data["status"],
            disabled_reason=data["disabled_reason"],
            created_at=data["created_at"],
            updated_at=data["updated_at"],
            secret=data["secret"],
            previous_secret_expires_at=data["previous_secret_expires_at"],
        )


@dataclass
class SandboxSignupResult:
    object: str
    institution_id: str
    organization: str
    api_key: SandboxSignupResultApiKey
    sandbox: SandboxSignupResultSandbox
    created_at: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "SandboxSignupResult":
        return cls(
            object=data["object"],
            institution_id=data["institution_id"],
            organization=data["organization"],
            api_key=SandboxSignupResultApiKey.from_dict(data["api_key"]),
            sandbox=SandboxSignupResultSandbox.from_dict(data["sandbox"]),
            created_at=data["created_at"],
        )


@dataclass
class SandboxSignupResultApiKey:
    id: str
    role: str
    secret: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "SandboxSignupResultApiKey":
        return cls(
            id=data["id"],
            role=data["role"],
            secret=data["secret"],
        )


@dataclass
class SandboxSignupResultSandbox:
    mock_smes: int

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "SandboxSignupResultSandbox":
        return cls(
            mock_smes=data["mock_smes"],
        )


@dataclass
class Score:
    object: str
    id: str
    sme_id: str
    score: int
    grade: Literal["A", "B", "C", "D", "E"]
    trend: Literal["up", "stable", "down"]
    pd: float
    signals: ScoreSignals
    reasons: List[ScoreReason]
    window_days: int
    official: bool
    model: str
    scored_at: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Score":
        return cls(
            object=data["object"],
            id=data["id"],
            sme_id=data["sme_id"],
            score=data["score"],
            grade=data["grade"],
            trend=data["trend"],
            pd=data["pd"],
            signals=ScoreSignals.from_dict(data["signals"]),
            reasons=[ScoreReason.from_dict(x) for x in data["reasons"]],
            window_days=data["window_days"],
            official=data["official"],
            model=data["model"],
            scored_at=data["scored_at"],
        )


@dataclass
class ScoreHistory:
    object: str
    sme_id: str
    latest: Optional[Score]
    data: List[Score]
    has_more: bool
    next_cursor: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ScoreHistory":
        return cls(
            object=data["object"],
            sme_id=data["sme_id"],
            latest=None if data["latest"] is None else Score.from_dict(data["latest"]),
            data=[Score.from_dict(x) for x in data["data"]],
            has_more=data["has_more"],
            next_cursor=data["next_cursor"],
        )


@dataclass
class ScoreReason:
    code: str
    factor: str
    impact: int
    description: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ScoreReason":
        return cls(
            code=data["code"],
            factor=data["factor"],
            impact=data["impact"],
            description=data["description"],
        )


@dataclass
class ScoreRef:
    """The previous score; null for a first score and for sme.erased"""

    score: int
    grade: Literal["A", "B", "C", "D", "E"]
    pd: float

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ScoreRef":
        return cls(
            score=data["score"],
            grade=data["grade"],
            pd=data["pd"],
        )


@dataclass
class ScoreSignals:
    cashflow_regularity: float
    sector_benchmark: Literal["above", "at", "below"]
    anomalies: int

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ScoreSignals":
        return cls(
            cashflow_regularity=data["cashflow_regularity"],
            sector_benchmark=data["sector_benchmark"],
            anomalies=data["anomalies"],
        )


@dataclass
class Sme:
    object: str
    sme_id: str
    name: Optional[str]
    sector: Literal["commerce", "agriculture", "manufacturing", "construction", "transport", "hospitality", "services", "health", "education", "technology"]
    country: Literal["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"]
    identifiers: Dict[str, str]
    metadata: Dict[str, str]
    accounts: List[SmeAccount]
    flows: SmeFlows
    latest_score: Optional[SmeLatestScore]
    created_at: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Sme":
        return cls(
            object=data["object"],
            sme_id=data["sme_id"],
            name=data["name"],
            sector=data["sector"],
            country=data["country"],
            identifiers=data["identifiers"],
            metadata=data["metadata"],
            accounts=[SmeAccount.from_dict(x) for x in data["accounts"]],
            flows=SmeFlows.from_dict(data["flows"]),
            latest_score=None if data["latest_score"] is None else SmeLatestScore.from_dict(data["latest_score"]),
            created_at=data["created_at"],
        )


@dataclass
class SmeAccount:
    scheme: Literal["iban", "account", "pi_spi_alias"]
    id: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "SmeAccount":
        return cls(
            scheme=data["scheme"],
            id=data["id"],
        )


class SmeAccountParam(TypedDict):
    scheme: Literal["iban", "account", "pi_spi_alias"]
    id: str


@dataclass
class SmeFlows:
    count: int
    first_at: Optional[str]
    last_at: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "SmeFlows":
        return cls(
            count=data["count"],
            first_at=data["first_at"],
            last_at=data["last_at"],
        )


@dataclass
class SmeLatestScore:
    score: int
    grade: Literal["A", "B", "C", "D", "E"]
    scored_at: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "SmeLatestScore":
        return cls(
            score=data["score"],
            grade=data["grade"],
            scored_at=data["scored_at"],
        )


@dataclass
class SmeList:
    object: str
    data: List[Sme]
    has_more: bool
    next_cursor: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "SmeList":
        return cls(
            object=data["object"],
            data=[Sme.from_dict(x) for x in data["data"]],
            has_more=data["has_more"],
            next_cursor=data["next_cursor"],
        )


@dataclass
class TokenResponse:
    access_token: str
    token_type: str
    expires_in: int
    scope: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "TokenResponse":
        return cls(
            access_token=data["access_token"],
            token_type=data["token_type"],
            expires_in=data["expires_in"],
            scope=data["scope"],
        )


class UpdateSmeIdentifiers(TypedDict, total=False):
    rccm: str
    tax_id: str


@dataclass
class WebhookDelivery:
    object: str
    event_id: str
    endpoint_id: str
    attempt: int
    redelivery: bool
    outcome: Literal["in_flight", "succeeded", "retrying", "failed"]
    status_code: Optional[int]
    latency_ms: Optional[int]
    error: Optional[str]
    next_attempt_at: Optional[str]
    attempted_at: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "WebhookDelivery":
        return cls(
            object=data["object"],
            event_id=data["event_id"],
            endpoint_id=data["endpoint_id"],
            attempt=data["attempt"],
            redelivery=data["redelivery"],
            outcome=data["outcome"],
            status_code=data["status_code"],
            latency_ms=data["latency_ms"],
            error=data["error"],
            next_attempt_at=data["next_attempt_at"],
            attempted_at=data["attempted_at"],
        )


@dataclass
class WebhookDeliveryList:
    object: str
    data: List[WebhookDelivery]
    has_more: bool
    next_cursor: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "WebhookDeliveryList":
        return cls(
            object=data["object"],
            data=[WebhookDelivery.from_dict(x) for x in data["data"]],
            has_more=data["has_more"],
            next_cursor=data["next_cursor"],
        )


@dataclass
class WebhookEndpoint:
    object: str
    id: str
    url: str
    events: List[str]
    description: Optional[str]
    status: Literal["enabled", "disabled"]
    disabled_reason: Optional[Literal["gone", "failing", "manual"]]
    created_at: str
    updated_at: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "WebhookEndpoint":
        return cls(
            object=data["object"],
            id=data["id"],
            url=data["url"],
            events=data["events"],
            description=data["description"],
            status=data["status"],
            disabled_reason=data["disabled_reason"],
            created_at=data["created_at"],
            updated_at=data["updated_at"],
        )


@dataclass
class WebhookEndpointList:
    object: str
    data: List[WebhookEndpoint]
    has_more: bool
    next_cursor: Optional[str]

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "WebhookEndpointList":
        return cls(
            object=data["object"],
            data=[WebhookEndpoint.from_dict(x) for x in data["data"]],
            has_more=data["has_more"],
            next_cursor=data["next_cursor"],
        )


@dataclass
class WebhookEndpointsDeleteResponse:
    object: str
    id: str
    deleted: bool

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "WebhookEndpointsDeleteResponse":
        return cls(
            object=data["object"],
            id=data["id"],
            deleted=data["deleted"],
        )


@dataclass
class WebhookEndpointWithSecret:
    object: str
    id: str
    url: str
    events: List[str]
    description: Optional[str]
    status: Literal["enabled", "disabled"]
    disabled_reason: Optional[Literal["gone", "failing", "manual"]]
    created_at: str
    updated_at: str
    secret: str

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "WebhookEndpointWithSecret":
        return cls(
            object=data["object"],
            id=data["id"],
            url=data["url"],
            events=data["events"],
            description=data["description"],
            status=data["status"],
            disabled_reason=data["disabled_reason"],
            created_at=data["created_at"],
            updated_at=data["updated_at"],
            secret=data["secret"],
        )


__all__ = ["Alert", "AlertList", "ApiKey", "ApiKeyList", "ApiKeysRevokeResponse", "ApiKeyWithSecret", "AuditEntry", "AuditEntryList", "AuditVerification", "AuditVerificationFirstBroken", "AuditVerificationHead", "BulkCreateSmesResult", "BulkCreateSmesResultRejected", "Cashflow", "CashflowData", "CreateSme", "CreateSmeIdentifiers", "Erasure", "ErasureErased", "Event", "EventList", "Flow", "FlowIngestionResult", "FlowIngestionResultRejected", "Health", "Institution", "InstitutionApiKeys", "InstitutionApiKeysLive", "InstitutionApiKeysTest", "InstitutionSandbox", "Jwks", "JwksKey", "OAuthClient", "OAuthClientList", "OauthClientsRevokeResponse", "OAuthClientWithSecret", "PiSpiEvent", "PiSpiNotificationMeta", "PortfolioSettings", "PortfolioSummary", "PortfolioSummaryByGrade", "PortfolioSummaryBySector", "PortfolioSummaryOpenAlerts", "Redelivery", "RotatedWebhookEndpoint", "SandboxSignupResult", "SandboxSignupResultApiKey", "SandboxSignupResultSandbox", "Score", "ScoreHistory", "ScoreReason", "ScoreRef", "ScoreSignals", "Sme", "SmeAccount", "SmeAccountParam", "SmeFlows", "SmeLatestScore", "SmeList", "TokenResponse", "UpdateSmeIdentifiers", "WebhookDelivery", "WebhookDeliveryList", "WebhookEndpoint", "WebhookEndpointList", "WebhookEndpointsDeleteResponse", "WebhookEndpointWithSecret"]
