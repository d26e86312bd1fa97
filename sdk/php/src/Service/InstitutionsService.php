<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\Institution;
use Score360\Requester;

/** The institutions.* operations. */
final class InstitutionsService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Create an institution with its first admin keys and sandbox.
     *
     * `institutions.create`: POST /v1/admin/institutions
     *
     * @param array{name: string} $params
     * @param array{idempotency_key?: string} $options
     * @return Institution
     */
    public function create(array $params, array $options = []): Institution
    {
        return Institution::fromArray($this->requester->request('POST', '/v1/admin/institutions', [], $params, $options));
    }
}
