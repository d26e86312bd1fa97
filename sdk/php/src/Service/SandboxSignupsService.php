<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\SandboxSignupResult;
use Score360\Requester;

/** The sandbox.signups.* operations. */
final class SandboxSignupsService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Get sandbox keys, self-serve (no credentials).
     *
     * `sandbox.signups.create`: POST /v1/sandbox/signups
     *
     * @param array{organization: string, email: string, country: 'BJ'|'BF'|'CI'|'GW'|'ML'|'NE'|'SN'|'TG'} $params
     * @param array{idempotency_key?: string} $options
     * @return SandboxSignupResult
     */
    public function create(array $params, array $options = []): SandboxSignupResult
    {
        return SandboxSignupResult::fromArray($this->requester->request('POST', '/v1/sandbox/signups', [], $params, $options));
    }
}
