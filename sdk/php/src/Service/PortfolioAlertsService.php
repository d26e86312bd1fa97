<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\Alert;
use Score360\Model\AlertList;
use Score360\Page;
use Score360\Requester;

/** The portfolio.alerts.* operations. */
final class PortfolioAlertsService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Acknowledge an alert.
     *
     * `portfolio.alerts.acknowledge`: POST /v1/portfolio/alerts/{id}/acknowledge
     *
     * @param string $id
     * @param array{idempotency_key?: string} $options
     * @return Alert
     */
    public function acknowledge(string $id, array $options = []): Alert
    {
        return Alert::fromArray($this->requester->request('POST', '/v1/portfolio/alerts/' . rawurlencode($id) . '/acknowledge', [], null, $options));
    }

    /**
     * List alerts, newest first.
     *
     * `portfolio.alerts.list`: GET /v1/portfolio/alerts
     *
     * @param array{limit?: int, type?: 'score.downgraded'|'score.upgraded'|'score.threshold_crossed'|'anomaly.detected'|'sme.risk_zone_entered'|'sme.erased', severity?: 'low'|'medium'|'high', sme_id?: string, status?: 'open'|'acknowledged'|'superseded'} $params
     * @param array{} $options
     * @return Page<Alert>
     */
    public function list(array $params = [], array $options = []): Page
    {
        return $this->requester->paginate('/v1/portfolio/alerts', $params, $options, [AlertList::class, 'fromArray']);
    }
}
