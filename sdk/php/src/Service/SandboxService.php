<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\Event;
use Score360\Requester;

/** The sandbox.* operations. */
final class SandboxService
{
    public readonly SandboxSignupsService $signups;

    public function __construct(private readonly Requester $requester)
    {
        $this->signups = new SandboxSignupsService($requester);
    }

    /**
     * Make and deliver a synthetic event (test keys only).
     *
     * `sandbox.triggerEvent`: POST /v1/sandbox/events
     *
     * @param array{event: 'score.downgraded'|'score.upgraded'|'score.threshold_crossed'|'anomaly.detected'|'sme.risk_zone_entered'|'sme.erased', sme_id?: string} $params
     * @param array{idempotency_key?: string} $options
     * @return Event
     */
    public function triggerEvent(array $params, array $options = []): Event
    {
        return Event::fromArray($this->requester->request('POST', '/v1/sandbox/events', [], $params, $options));
    }
}
