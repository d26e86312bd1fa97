<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\Health;
use Score360\Requester;

/** The health.* operations. */
final class HealthService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Liveness check.
     *
     * `health.check`: GET /v1/health
     *
     * @param array{} $options
     * @return Health
     */
    public function check(array $options = []): Health
    {
        return Health::fromArray($this->requester->request('GET', '/v1/health', [], null, $options));
    }
}
